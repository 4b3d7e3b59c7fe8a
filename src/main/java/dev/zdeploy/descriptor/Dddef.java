package dev.zdeploy.descriptor;

/**
 * One DDDEF entry.
 *
 * @param dddef             DDDEF name
 * @param path              UNIX directory of a PATH DDDEF, or null for a data set DDDEF
 * @param pathcontainedinds fixed part of the path inside the data set (version 6+), or null
 */
public record Dddef(String dddef, String path, String pathcontainedinds) {
    public boolean isPath() {
        return path != null;
    }
}

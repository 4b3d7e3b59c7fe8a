package dev.zdeploy.render;

/**
 * A text held in memory (a member, or a manifest asked for as one string:
 * {@code Deployment.manifest()}, {@code ZDeploy.manifest(plan)}) would pass the most
 * characters one Java string holds ({@link ChunkedText#MAX_CHARS}). Thrown as the write that would pass it
 * is made, before gigabytes more are gathered; the streamed forms write such a text without holding it.
 */
public final class TextTooLargeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TextTooLargeException(String message) {
        super(message);
    }
}

package dev.zdeploy.jcl;

/** A volume serial, valid by construction. */
public record VolumeSerial(String value) {
    public VolumeSerial {
        JclSyntaxException.requireValid(NameRules.volumeSerial(value), value);
    }

    public static VolumeSerial of(String value) {
        return new VolumeSerial(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

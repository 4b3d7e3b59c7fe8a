package dev.zdeploy.jcl;

/** A volume serial, valid by construction. */
public record VolumeSerial(String value) {
    public VolumeSerial {
        String v = value;
        NameRules.volumeSerial(v).ifPresent(rule -> {
            throw new JclSyntaxException(JclSyntaxException.describe(rule, v));
        });
    }

    public static VolumeSerial of(String value) {
        return new VolumeSerial(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.zdeploy.inventory;

import java.util.Optional;

/** 3390 models and their capacity (cylinders x 15 tracks a cylinder). */
public enum DeviceType {
    MODEL_3("3390-3", 3_339),
    MODEL_9("3390-9", 10_017),
    MODEL_27("3390-27", 32_760),
    MODEL_54("3390-54", 65_520);

    public static final int TRACKS_PER_CYLINDER = 15;

    private final String label;
    private final int cylinders;

    DeviceType(String label, int cylinders) {
        this.label = label;
        this.cylinders = cylinders;
    }

    public String label() {
        return label;
    }

    public long tracks() {
        return (long) cylinders * TRACKS_PER_CYLINDER;
    }

    public static Optional<DeviceType> parse(String text) {
        for (DeviceType type : values()) {
            if (type.label.equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

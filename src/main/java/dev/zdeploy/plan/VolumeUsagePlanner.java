package dev.zdeploy.plan;

import dev.zdeploy.inventory.DeviceType;
import dev.zdeploy.request.TargetVolume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks planned on each target volume against its capacity. The capacity comes from the
 * inventory; without it a 3390-9 is assumed (the smallest model the Customized Offerings Driver
 * supports), and going over it is a warning rather than an error.
 */
final class VolumeUsagePlanner {

    /** A 3390-9: 10,017 cylinders of 15 tracks. */
    static final long ASSUMED_CAPACITY = DeviceType.MODEL_9.tracks();

    private VolumeUsagePlanner() {}

    /** Usage of every target volume of the request, in request order (unused ones included). */
    static List<VolumeUsage> usage(PlanContext context, List<TargetDataSet> targets) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (TargetVolume volume : context.request.targetvolumes()) {
            totals.putIfAbsent(volume.volume(), new long[2]);
        }
        String lastVolume = null;
        long[] lastTotal = null;
        for (TargetDataSet target : targets) {
            List<String> volumes = target.volumes();
            for (int k = 0; k < volumes.size(); k++) {
                String volume = volumes.get(k);
                // Neighbours mostly share their volume (the same string, from the volume map): no lookup then.
                if (volume != lastVolume) {
                    lastVolume = volume;
                    lastTotal = totals.computeIfAbsent(volume, v -> new long[2]);
                }
                lastTotal[0] += target.tracksOn(k);
                lastTotal[1]++;
            }
        }
        List<VolumeUsage> usage = new ArrayList<>(totals.size());
        for (Map.Entry<String, long[]> entry : totals.entrySet()) {
            String volume = entry.getKey();
            Long known = context.inventory == null ? null : context.inventory.capacity(volume);
            long capacity = known != null ? known : ASSUMED_CAPACITY;
            long tracks = entry.getValue()[0];
            usage.add(new VolumeUsage(volume, (int) entry.getValue()[1], tracks, capacity, known == null));
            if (tracks > capacity) {
                String pointer = "/zdeploy/volumeusage/" + (usage.size() - 1) + "/tracks";
                String rule = "target volume " + volume + " would hold " + number(tracks)
                        + " tracks of data sets, more than its capacity of " + number(capacity) + " tracks";
                if (known == null) {
                    context.problems.warning(Problems.PLAN, pointer, rule + " (a 3390-9 was assumed)",
                            String.valueOf(tracks));
                } else {
                    context.problems.error(Problems.PLAN, pointer, rule, String.valueOf(tracks));
                }
            }
        }
        return usage;
    }

    /** The number with a comma between thousands ({@code 150,255}), as the report and messages write it. */
    static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }
}

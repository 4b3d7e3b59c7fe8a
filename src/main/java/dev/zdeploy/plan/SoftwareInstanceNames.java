package dev.zdeploy.plan;

import java.util.Set;

/**
 * The target software instance name (seed, {@code tgtswiname}): the source name with a sequence
 * number appended, {@code <source>_<n>}, the first n from 1 not already taken; or, for a v2
 * request, the name its {@code targetswi} gives, which must not be taken.
 */
final class SoftwareInstanceNames {

    private SoftwareInstanceNames() {}

    /** @param inventory the inventory, or null when none was given (then n is 1) */
    static String next(String source, InventoryIndex inventory) {
        return next(source, inventory, Set.of());
    }

    /** @param taken names taken besides the inventory's (those a service created) */
    static String next(String source, InventoryIndex inventory, Set<String> taken) {
        for (int n = 1; ; n++) {
            String name = source + "_" + n;
            if ((inventory == null || !inventory.hasSoftwareInstance(name)) && !taken.contains(name)) {
                return name;
            }
        }
    }

    /** The name a v2 request gives ({@code targetswi.name}); taken in the inventory is a problem. */
    static String given(String name, InventoryIndex inventory, Set<String> taken, Problems problems) {
        if (inventory != null && inventory.hasSoftwareInstance(name)) {
            problems.error(Problems.REQUEST, "/targetswi/name", "a software instance of this name already exists"
                    + " (inventory)", name);
        } else if (taken.contains(name)) {
            problems.error(Problems.REQUEST, "/targetswi/name", "a software instance of this name was already"
                    + " created by an earlier deployment", name);
        }
        return name;
    }
}

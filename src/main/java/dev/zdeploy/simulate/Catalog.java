package dev.zdeploy.simulate;

import java.util.Map;

/** An ICF catalog (its BCS): the entries by name, and the volume it is on. */
public final class Catalog {
    public String name;
    public String volume;
    public Map<String, CatalogEntry> entries = new java.util.HashMap<>();

    public Catalog() {}

    Catalog(String name, String volume) {
        this.name = name;
        this.volume = volume;
    }

    Catalog copy() {
        Catalog c = new Catalog(name, volume);
        entries.forEach((k, e) -> c.entries.put(k, e.copy()));
        return c;
    }
}

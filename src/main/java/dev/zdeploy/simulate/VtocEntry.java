package dev.zdeploy.simulate;

/** One data set (or VSAM component) in a volume's VTOC: its space and the data it holds. */
public final class VtocEntry {
    /** Name in the VTOC. */
    public String name;
    /** Id of the data it holds ({@link SystemState#bodies}). */
    public String body;
    /** Tracks allocated on this volume. */
    public long tracks;

    public VtocEntry() {}

    VtocEntry(String name, String body, long tracks) {
        this.name = name;
        this.body = body;
        this.tracks = tracks;
    }

    VtocEntry copy() {
        return new VtocEntry(name, body, tracks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VtocEntry e && e.name.equals(name) && e.body.equals(body) && e.tracks == tracks;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + body.hashCode();
    }
}

package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A DASD volume: its VTOC (data set names on it) and capacity. DFSMSdfp Advanced Services, "VTOC":
 * a name is unique in one VTOC; the same name may be on other volumes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Volume {
    /** Volume serial. */
    public String serial;
    /** Capacity in tracks, or null when unknown (space is then not checked, and the report says so). */
    public Long capacityTracks;
    /** Whether SMS manages the volume (a storage group volume): ACS routines place data sets here. */
    public boolean sms;
    /**
     * The IPL text written on the volume's track 0 (ICKDSF REFORMAT IPLDD), as {@code name(member)+...}
     * of the members it was read from, or null when none was written.
     */
    public String iplText;
    /** VTOC entries by data set name (VSAM: the component names, as the VTOC holds them). */
    public Map<String, VtocEntry> vtoc = new java.util.HashMap<>();

    public Volume() {}

    Volume(String serial, Long capacityTracks, boolean sms) {
        this.serial = serial;
        this.capacityTracks = capacityTracks;
        this.sms = sms;
    }

    long usedTracks() {
        return vtoc.values().stream().mapToLong(e -> e.tracks).sum();
    }

    boolean fits(long tracks) {
        return capacityTracks == null || usedTracks() + tracks <= capacityTracks;
    }

    Volume copy() {
        Volume v = new Volume(serial, capacityTracks, sms);
        vtoc.forEach((k, e) -> v.vtoc.put(k, e.copy()));
        v.iplText = iplText;
        return v;
    }
}

package dev.zdeploy.plan;

/**
 * The IPL text the IP job writes: a logical copy or unzip does not write a volume's IPL records (track
 * 0), so the new system residence volume, the {@code ******} volume that holds SYS1.NUCLEUS, gets them
 * with ICKDSF REFORMAT IPLDD from the target's own SYS1.SAMPLIB members IPLRECS and IEAIPL00 (the IPL
 * text of the release being deployed; text of another release ends the IPL in a wait state).
 *
 * @param volume  the IPL volume: the target volume of SYS1.NUCLEUS, cataloged indirectly as {@code ******}
 * @param samplib the name the target's SYS1.SAMPLIB carries while the IP job runs (its temporary name,
 *                or SYS1.SAMPLIB itself when it was copied under its final name)
 * @param samplibVolumes the target volumes of SYS1.SAMPLIB when it was copied under its final name (the IP
 *                job then allocates it by volume: by name alone this system's own SYS1.SAMPLIB would be
 *                found, the IPL text of the driving system's release); empty when it has a temporary name
 */
public record IplText(String volume, String samplib, java.util.List<String> samplibVolumes) {

    public IplText {
        samplibVolumes = java.util.List.copyOf(samplibVolumes);
    }

    static final String NUCLEUS = "SYS1.NUCLEUS";
    static final String SAMPLIB = "SYS1.SAMPLIB";
    static final String IPL_VOLUME_SYMBOL = "******";
}

package dev.zdeploy.plan;

/**
 * The IPL text the IP job writes: a logical copy or unzip does not write a volume's IPL records (track
 * 0), so the new system residence volume, the {@code ******} volume that holds SYS1.NUCLEUS, gets them
 * with ICKDSF REFORMAT IPLDD from the target's own SYS1.SAMPLIB members IPLRECS and IEAIPL00 (the IPL
 * text of the release being deployed; text of another release ends the IPL in a wait state).
 *
 * @param volume  the IPL volume: the target volume of SYS1.NUCLEUS, cataloged indirectly as {@code ******}
 * @param samplib the name the target's SYS1.SAMPLIB carries while the IP job runs (its temporary name)
 */
public record IplText(String volume, String samplib) {

    static final String NUCLEUS = "SYS1.NUCLEUS";
    static final String SAMPLIB = "SYS1.SAMPLIB";
    static final String IPL_VOLUME_SYMBOL = "******";
}

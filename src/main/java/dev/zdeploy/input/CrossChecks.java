package dev.zdeploy.input;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.descriptor.DescriptorReader;
import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.MountPointChange;
import dev.zdeploy.request.SourceType;
import dev.zdeploy.request.V2Body;
import dev.zdeploy.request.ZoneRename;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules between the request and the descriptor: what the source type needs of every data set (a
 * portable one an archive id GIMUNZIP can be given), and
 * that renamed zones and moved mount points exist in the instance. Run only on inputs that read
 * without errors, so list positions are document positions.
 */
final class CrossChecks {

    private static final String DATASETS = "/" + JsonCursor.escape(DescriptorReader.ROOT_FIELD) + "/datasets/";
    private static final int MAX_ARCHID_LENGTH = GimunzipWriter.maxValueLength("archid");

    private final Descriptor descriptor;
    private final DeploymentRequest request;
    private final String descriptorSource;
    private final String requestSource;
    private final List<Problem> problems = new ArrayList<>();

    private CrossChecks(Descriptor descriptor, String descriptorSource, DeploymentRequest request, String requestSource) {
        this.descriptor = descriptor;
        this.request = request;
        this.descriptorSource = descriptorSource;
        this.requestSource = requestSource;
    }

    static List<Problem> check(Descriptor descriptor, String descriptorSource, DeploymentRequest request, String requestSource) {
        CrossChecks checks = new CrossChecks(descriptor, descriptorSource, request, requestSource);
        checks.checkSourceType();
        checks.checkSourceName();
        checks.checkZoneRenames();
        checks.checkMountPoints();
        checks.checkUnixDataSets();
        return List.copyOf(checks.problems);
    }

    private void checkSourceType() {
        SourceType type = request.source().type();
        List<DataSet> datasets = descriptor.datasets();
        for (int i = 0; i < datasets.size(); i++) {
            DataSet dataset = datasets.get(i);
            if (type == SourceType.SWI && dataset.volumes().isEmpty()) {
                problems.add(Problem.error(descriptorSource, DATASETS + i + "/volumes",
                        "a software instance (swi) deployment copies each data set from its volumes: volumes is required"
                                + " for " + dataset.dsname()));
            }
            if (type == SourceType.PSWI) {
                checkArchive(dataset, DATASETS + i + "/archid");
            }
        }
        if (type == SourceType.SWI && request.source().directory() != null) {
            problems.add(Problem.warning(requestSource, "/source/directory",
                    "a package directory is used only by a portable (pswi) deployment; ignored",
                    request.source().directory()));
        }
    }

    /**
     * The descriptor describes the instance it was exported from, by name; a request naming another
     * source was likely given the wrong descriptor (or the wrong name). The name is only compared, so
     * this is a warning: z/OSMF lets an instance be renamed after its export.
     */
    private void checkSourceName() {
        String name = request.source().name();
        if (name != null && descriptor.name() != null && !name.equals(descriptor.name())) {
            problems.add(Problem.warning(requestSource, "/source/name", "the descriptor describes software instance "
                    + descriptor.name() + ", not this source: is it the descriptor of this instance?", name));
        }
    }

    /** The archive id goes into a GIMUNZIP {@code <ARCHDEF archid="...">}: one record of printable text. */
    private void checkArchive(DataSet dataset, String pointer) {
        String archid = dataset.archid();
        if (archid == null || archid.isEmpty()) {
            problems.add(Problem.error(descriptorSource, pointer,
                    "a portable (pswi) deployment unzips each data set from its archive: archid is required for "
                            + dataset.dsname(), archid));
        } else if (archid.chars().anyMatch(c -> c < ' ' || c > '~')) {
            problems.add(Problem.error(descriptorSource, pointer,
                    "an archive id holds only printable ASCII characters (it is written into GIMUNZIP's SYSIN)",
                    archid));
        } else if (GimunzipWriter.escape(archid).length() > MAX_ARCHID_LENGTH) {
            problems.add(Problem.error(descriptorSource, pointer, "an archive id is at most " + MAX_ARCHID_LENGTH
                    + " characters (& < > and \" count as their XML escapes): GIMUNZIP reads an ARCHDEF value only"
                    + " up to column 72 and a value cannot be continued", archid));
        }
    }

    private void checkZoneRenames() {
        Set<String> zones = descriptor.zones().stream().map(Zone::name).collect(Collectors.toSet());
        Map<String, Integer> renamed = new HashMap<>();
        List<ZoneRename> renames = request.configuration().zones();
        for (int i = 0; i < renames.size(); i++) {
            ZoneRename rename = renames.get(i);
            String at = "/configuration/zones/" + i;
            if (!zones.contains(rename.from())) {
                problems.add(Problem.error(requestSource, at + "/from", "a renamed zone is a zone of the instance", rename.from()));
            }
            if (Zone.GLOBAL_ZONE_NAME.equals(rename.from())) {
                problems.add(Problem.error(requestSource, at + "/from", "the global zone keeps the name GLOBAL", rename.from()));
            }
            if (Zone.GLOBAL_ZONE_NAME.equals(rename.to()) && !Zone.GLOBAL_ZONE_NAME.equals(rename.from())) {
                problems.add(Problem.error(requestSource, at + "/to", "only the global zone is named GLOBAL", rename.to()));
            }
            Integer first = renamed.putIfAbsent(rename.from(), i);
            if (first != null) {
                problems.add(Problem.error(requestSource, at + "/from",
                        "a zone is renamed once; it is also renamed at /configuration/zones/" + first, rename.from()));
            }
            if (!Objects.equals(rename.from(), rename.to()) && zones.contains(rename.to())) {
                problems.add(Problem.error(requestSource, at + "/to",
                        "a zone is renamed to a name no other zone of the instance has", rename.to()));
            }
        }
    }

    private void checkMountPoints() {
        Set<String> mountPoints = descriptor.datasets().stream()
                .map(DataSet::mountpoint)
                .filter(Objects::nonNull)
                .map(CrossChecks::withoutTrailingSlash)
                .collect(Collectors.toSet());
        List<MountPointChange> changes = request.configuration().mountpoints();
        for (int i = 0; i < changes.size(); i++) {
            String from = changes.get(i).from();
            if (!mountPoints.contains(withoutTrailingSlash(from))) {
                problems.add(Problem.error(requestSource, "/configuration/mountpoints/" + i + "/from",
                        "a changed mount point is a mount point of the instance", from));
            }
        }
    }

    /**
     * A v2 body's {@code source.unixdatasets} names file systems z/OSMF cannot find mounted. zdeploy
     * takes every data set and mount point from the descriptor, so each one named must be a file
     * system there, mounted where the body says.
     */
    private void checkUnixDataSets() {
        if (!request.isV2()) {
            return;
        }
        Map<String, DataSet> byName = new HashMap<>();
        descriptor.datasets().forEach(dataset -> byName.putIfAbsent(dataset.dsname(), dataset));
        List<V2Body.UnixDataSet> unix = request.v2().unixdatasets();
        for (int i = 0; i < unix.size(); i++) {
            V2Body.UnixDataSet given = unix.get(i);
            String at = "/source/unixdatasets/" + i;
            DataSet dataset = byName.get(given.dsname());
            if (dataset == null || !dataset.dstype().isFileSystem()) {
                problems.add(Problem.error(requestSource, at + "/dsname", dataset == null
                        ? "a UNIX file system data set of the source is one of the descriptor's data sets"
                        : "a UNIX file system data set is an HFS or zFS data set in the descriptor", given.dsname()));
            } else if (dataset.mountpoint() == null) {
                problems.add(Problem.error(requestSource, at + "/mountpoint", "the descriptor gives " + given.dsname()
                        + " no mount point, and zdeploy takes mount points from the descriptor: add it there",
                        given.mountpoint()));
            } else if (!withoutTrailingSlash(dataset.mountpoint()).equals(given.mountpoint())) {
                problems.add(Problem.error(requestSource, at + "/mountpoint", "the descriptor mounts "
                        + given.dsname() + " at " + dataset.mountpoint(), given.mountpoint()));
            }
        }
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

package dev.zdeploy.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.problem.Problem;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The plan as JSON shaped like z/OSMF's status-monitor response for a finished deployment (seed
 * "Deploy a software instance", expected response): {@code tgtswiname}, {@code jcl},
 * {@code tgtswidatasets} with the documented fields in the documented order, numbers as strings and
 * absent values as null, exactly as the seed's sample response writes them, so tools that read
 * z/OSMF's response read this. What that response has no field for (volume map, zones, temporary
 * names, warnings, checks not made) is under {@code "zdeploy"}, with numbers as numbers. A plan
 * holds no password, so none can appear here. Output is deterministic: LF line ends, two-space
 * indent, a final newline.
 */
public final class PlanJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

    private PlanJson() {}

    /**
     * @param jcl the generated members as {@code data-set-name(member-name)}, in run order; empty before
     *            jobs exist
     */
    public static String write(DeploymentPlan plan, List<String> jcl) {
        ObjectNode root = NODES.objectNode();
        root.put("tgtswiname", plan.tgtswiname());
        root.set("jcl", strings(jcl));
        ArrayNode datasets = root.putArray("tgtswidatasets");
        for (TargetDataSet dataset : plan.datasets()) {
            datasets.add(zosmfDataSet(dataset));
        }
        root.set("zdeploy", zdeploy(plan));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode zosmfDataSet(TargetDataSet dataset) {
        ObjectNode node = NODES.objectNode();
        node.set("aliases", stringsOrNull(dataset.aliases()));
        node.put("catalog", dataset.catalog());
        node.put("blksize", text(dataset.blksize()));
        if (dataset.dddefs().isEmpty()) {
            node.putNull("dddefs");
        } else {
            ArrayNode dddefs = node.putArray("dddefs");
            for (TargetDddef dddef : dataset.dddefs()) {
                ObjectNode entry = dddefs.addObject();
                entry.put("dddef", dddef.dddef());
                entry.put("zone", dddef.zone());
                // The sample response leaves path out of data set DDDEFs.
                if (dddef.isPath()) {
                    entry.put("path", dddef.path());
                }
            }
        }
        ArrayNode categories = node.putArray("dscategory");
        dataset.dscategory().forEach(category -> categories.add(category.name()));
        node.put("dsname", dataset.name());
        node.put("dstype", dataset.dstype() == null ? null : dataset.dstype().name());
        node.put("extents", text(dataset.extents()));
        node.put("extendedformat", dataset.extendedformat());
        node.put("lrecl", text(dataset.lrecl()));
        node.put("mountpoint", dataset.mountpoint());
        node.set("unixdirs", stringsOrNull(dataset.unixdirs()));
        node.put("recfm", dataset.recfm());
        node.put("storclas", dataset.storclas());
        node.put("tempcatalias", dataset.tempcatalias());
        node.put("tracks", String.valueOf(dataset.tracks()));
        node.put("used", text(dataset.used()));
        node.set("volumes", strings(dataset.volumes()));
        return node;
    }

    private static ObjectNode zdeploy(DeploymentPlan plan) {
        ObjectNode node = NODES.objectNode();
        node.put("name", plan.deploymentName());
        ObjectNode source = node.putObject("source");
        source.put("type", plan.sourceType().json());
        source.put("name", plan.sourceName());
        source.put("system", plan.sourceSystem());
        source.put("directory", plan.sourceDirectory());
        node.put("descriptorversion", plan.descriptorVersion());
        node.put("jcldataset", plan.jcldataset());
        node.set("jobstatement", strings(plan.jobStatement()));
        node.put("catalogobjective", plan.catalogObjective().name());
        NewMasterCatalog master = plan.masterCatalog();
        if (master == null) {
            node.putNull("mastercatalog");
        } else {
            ObjectNode catalog = node.putObject("mastercatalog");
            catalog.put("name", master.name());
            catalog.put("volume", master.volume());
            catalog.put("tempcatalias", master.tempcatalias());
        }
        ArrayNode volumeMap = node.putArray("volumemap");
        for (VolumeMapping mapping : plan.volumeMap()) {
            ObjectNode entry = volumeMap.addObject();
            entry.put("source", mapping.sourceVolume());
            entry.put("target", mapping.targetVolume());
            entry.put("indirectcatalogsymbol", mapping.indirectcatalogsymbol());
        }
        ArrayNode datasets = node.putArray("datasets");
        for (TargetDataSet dataset : plan.datasets()) {
            datasets.add(zdeployDataSet(dataset));
        }
        ArrayNode zones = node.putArray("zones");
        for (TargetZone zone : plan.zones()) {
            zones.add(zone(zone));
        }
        node.put("globalzonecsi", plan.globalZoneCsi());
        ArrayNode zoneIndex = node.putArray("zoneindex");
        for (TargetZone zone : plan.zoneIndex()) {
            ObjectNode entry = zoneIndex.addObject();
            entry.put("zone", zone.name());
            entry.put("csi", zone.csi());
            entry.put("type", zone.type().name());
        }
        ArrayNode mountPoints = node.putArray("mountpoints");
        for (MountPointMove move : plan.mountPoints()) {
            ObjectNode entry = mountPoints.addObject();
            entry.put("dsname", move.dsname());
            entry.put("from", move.from());
            entry.put("to", move.to());
        }
        node.set("highlevelqualifiers", strings(plan.highLevelQualifiers()));
        WorkSettings work = plan.work();
        ObjectNode workNode = node.putObject("work");
        workNode.put("dsnprefix", work.dsnPrefix());
        workNode.put("volume", work.volume());
        workNode.put("path", work.path());
        workNode.put("storclas", work.storclas());
        workNode.put("mgmtclas", work.mgmtclas());
        workNode.put("dataclas", work.dataclas());
        ArrayNode usage = node.putArray("volumeusage");
        for (VolumeUsage volume : plan.volumeUsage()) {
            ObjectNode entry = usage.addObject();
            entry.put("volume", volume.volume());
            entry.put("datasets", volume.datasets());
            entry.put("tracks", volume.tracks());
            entry.put("capacity", volume.capacity());
            entry.put("capacityassumed", volume.capacityAssumed());
            entry.put("percent", volume.percent());
        }
        ArrayNode warnings = node.putArray("warnings");
        for (Problem warning : plan.warnings()) {
            ObjectNode entry = warnings.addObject();
            entry.put("source", warning.source());
            entry.put("pointer", warning.pointer());
            entry.put("rule", warning.rule());
            entry.put("value", warning.value());
        }
        node.set("checksnotmade", strings(plan.checksNotMade()));
        return node;
    }

    private static ObjectNode zdeployDataSet(TargetDataSet dataset) {
        ObjectNode node = NODES.objectNode();
        node.put("dsname", dataset.name());
        node.put("sourcename", dataset.sourceName());
        node.put("temporaryname", dataset.temporaryName());
        node.set("sourcevolumes", strings(dataset.sourceVolumes()));
        node.put("indirectcatalogsymbol", dataset.indirectcatalogsymbol());
        node.put("secondary", dataset.secondary());
        node.put("archid", dataset.archid());
        node.put("sourcemountpoint", dataset.sourceMountpoint());
        node.set("csiofzones", strings(dataset.csiOfZones()));
        ArrayNode dddefs = node.putArray("dddefs");
        for (TargetDddef dddef : dataset.dddefs()) {
            ObjectNode entry = dddefs.addObject();
            entry.put("zone", dddef.zone());
            entry.put("sourcezone", dddef.sourceZone());
            entry.put("dddef", dddef.dddef());
            entry.put("dataset", dddef.dataset());
            entry.put("volume", dddef.volume());
            entry.put("unit", dddef.unit());
            entry.put("sourcepath", dddef.sourcePath());
            entry.put("path", dddef.path());
        }
        return node;
    }

    private static ObjectNode zone(TargetZone zone) {
        ObjectNode node = NODES.objectNode();
        node.put("name", zone.name());
        node.put("sourcename", zone.sourceName());
        node.put("type", zone.type().name().toLowerCase(Locale.ROOT));
        node.put("related", zone.related());
        node.put("sourcerelated", zone.sourceRelated());
        node.put("csi", zone.csi());
        node.put("sourcecsi", zone.sourceCsi());
        node.put("temporarycsi", zone.temporaryCsi());
        return node;
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return array;
    }

    /** The sample response writes null, not [], for a data set without aliases, DDDEFs or directories. */
    private static JsonNode stringsOrNull(List<String> values) {
        return values.isEmpty() ? NODES.nullNode() : strings(values);
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}

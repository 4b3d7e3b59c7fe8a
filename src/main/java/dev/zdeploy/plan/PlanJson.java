package dev.zdeploy.plan;

import dev.zdeploy.json.PrettyJsonWriter;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * indent, a final newline. Written as a stream: a plan of 100,000 data sets builds no JSON tree.
 */
public final class PlanJson {

    /**
     * The version of this document's format, {@code zdeploy.formatversion}: raised when a field changes
     * meaning or goes away (a new field does not raise it), so a tool reading a manifest written by
     * another zdeploy knows what it holds. Published as {@code schemas/plan.schema.json}, which lists
     * every field written here: a new field goes there too (PublishedSchemasTest fails until it does).
     */
    public static final int FORMAT_VERSION = 1;

    private PlanJson() {}

    /**
     * What a caller adds at the end of the {@code "zdeploy"} object, written into the same stream (the
     * manifest's {@code members}), so that a larger document is still written once, never built as a
     * tree and printed again.
     */
    @FunctionalInterface
    public interface Extension {
        /** Nothing added. */
        Extension NONE = json -> { };

        /** Writes fields into the open {@code "zdeploy"} object. */
        void write(PrettyJsonWriter json) throws IOException;
    }

    /**
     * @param jcl the generated members as {@code data-set-name(member-name)}, in run order; empty before
     *            jobs exist
     */
    public static String write(DeploymentPlan plan, List<String> jcl) {
        // Not presized from the plan: a size computed from a count overflows an int for large plans.
        StringWriter out = new StringWriter();
        write(plan, jcl, out);
        return out.toString();
    }

    /** Writes the same text as {@link #write(DeploymentPlan, List)} to {@code out} (left open), for large plans. */
    public static void write(DeploymentPlan plan, List<String> jcl, Writer out) {
        write(plan, jcl, out, Extension.NONE);
    }

    /**
     * Writes the document to {@code out} (left open) with {@code extension}'s fields at the end of the
     * {@code "zdeploy"} object.
     */
    public static void write(DeploymentPlan plan, List<String> jcl, Writer out, Extension extension) {
        try {
            PrettyJsonWriter json = new PrettyJsonWriter(out);
            json.startObject();
            json.stringField("tgtswiname", plan.tgtswiname());
            strings(json, "jcl", jcl);
            tgtswidatasets(json, plan);
            json.objectField("zdeploy");
            zdeploy(json, plan);
            extension.write(json);
            json.endObject();
            json.endObject();
            json.raw("\n");
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the field {@code tgtswidatasets} of the object {@code json} is writing: every data set of
     * the plan as this document has it (the status response of {@code serve} holds them too).
     */
    public static void tgtswidatasets(PrettyJsonWriter json, DeploymentPlan plan) throws IOException {
        json.arrayField("tgtswidatasets");
        for (TargetDataSet dataset : plan.datasets()) {
            zosmfDataSet(json, dataset);
        }
        json.endArray();
    }

    private static void zosmfDataSet(PrettyJsonWriter json, TargetDataSet dataset) throws IOException {
        json.startObject();
        stringsOrNull(json, "aliases", dataset.aliases());
        json.stringField("catalog", dataset.catalog());
        json.stringField("blksize", text(dataset.blksize()));
        if (dataset.dddefs().isEmpty()) {
            json.nullField("dddefs");
        } else {
            json.arrayField("dddefs");
            for (TargetDddef dddef : dataset.dddefs()) {
                json.startObject();
                json.stringField("dddef", dddef.dddef());
                json.stringField("zone", dddef.zone());
                // The sample response leaves path out of data set DDDEFs.
                if (dddef.isPath()) {
                    json.stringField("path", dddef.path());
                }
                json.endObject();
            }
            json.endArray();
        }
        json.arrayField("dscategory");
        for (var category : dataset.dscategory()) {
            json.string(category.name());
        }
        json.endArray();
        json.stringField("dsname", dataset.name());
        json.stringField("dstype", dataset.dstype() == null ? null : dataset.dstype().name());
        json.stringField("extents", text(dataset.extents()));
        json.boolField("extendedformat", dataset.extendedformat());
        json.stringField("lrecl", text(dataset.lrecl()));
        json.stringField("mountpoint", dataset.mountpoint());
        stringsOrNull(json, "unixdirs", dataset.unixdirs());
        json.stringField("recfm", dataset.recfm());
        json.stringField("storclas", dataset.storclas());
        json.stringField("tempcatalias", dataset.tempcatalias());
        json.stringField("tracks", String.valueOf(dataset.tracks()));
        json.stringField("used", text(dataset.used()));
        strings(json, "volumes", dataset.volumes());
        json.endObject();
    }

    private static void zdeploy(PrettyJsonWriter json, DeploymentPlan plan) throws IOException {
        json.numberField("formatversion", FORMAT_VERSION);
        json.stringField("name", plan.deploymentName());
        json.objectField("source");
        json.stringField("type", plan.sourceType().json());
        json.stringField("name", plan.sourceName());
        json.stringField("system", plan.sourceSystem());
        json.stringField("directory", plan.sourceDirectory());
        json.endObject();
        json.numberField("descriptorversion", plan.descriptorVersion());
        json.stringField("jcldataset", plan.jcldataset());
        strings(json, "jobstatement", plan.jobStatement());
        json.stringField("catalogobjective", plan.catalogObjective().name());
        NewMasterCatalog master = plan.masterCatalog();
        if (master == null) {
            json.nullField("mastercatalog");
        } else {
            json.objectField("mastercatalog");
            json.stringField("name", master.name());
            json.stringField("volume", master.volume());
            json.stringField("tempcatalias", master.tempcatalias());
            if (master.storclas() != null) {
                json.stringField("storclas", master.storclas());
            }
            json.endObject();
        }
        json.arrayField("volumemap");
        for (VolumeMapping mapping : plan.volumeMap()) {
            json.startObject();
            json.stringField("source", mapping.sourceVolume());
            json.stringField("target", mapping.targetVolume());
            json.stringField("indirectcatalogsymbol", mapping.indirectcatalogsymbol());
            json.endObject();
        }
        json.endArray();
        json.arrayField("datasets");
        for (TargetDataSet dataset : plan.datasets()) {
            zdeployDataSet(json, dataset);
        }
        json.endArray();
        json.arrayField("zones");
        for (TargetZone zone : plan.zones()) {
            zone(json, zone);
        }
        json.endArray();
        json.stringField("globalzonecsi", plan.globalZoneCsi());
        json.arrayField("zoneindex");
        for (TargetZone zone : plan.zoneIndex()) {
            json.startObject();
            json.stringField("zone", zone.name());
            json.stringField("csi", zone.csi());
            json.stringField("type", zone.type().name().toLowerCase(Locale.ROOT));
            json.endObject();
        }
        json.endArray();
        json.arrayField("mountpoints");
        for (MountPointMove move : plan.mountPoints()) {
            json.startObject();
            json.stringField("dsname", move.dsname());
            json.stringField("from", move.from());
            json.stringField("to", move.to());
            json.endObject();
        }
        json.endArray();
        strings(json, "highlevelqualifiers", plan.highLevelQualifiers());
        WorkSettings work = plan.work();
        json.objectField("work");
        json.stringField("dsnprefix", work.dsnPrefix());
        json.stringField("volume", work.volume());
        json.stringField("path", work.path());
        json.stringField("storclas", work.storclas());
        json.stringField("mgmtclas", work.mgmtclas());
        json.stringField("dataclas", work.dataclas());
        json.endObject();
        json.arrayField("volumeusage");
        for (VolumeUsage volume : plan.volumeUsage()) {
            json.startObject();
            json.stringField("volume", volume.volume());
            json.numberField("datasets", volume.datasets());
            json.numberField("tracks", volume.tracks());
            json.numberField("capacity", volume.capacity());
            json.boolField("capacityassumed", volume.capacityAssumed());
            json.numberField("percent", volume.percent());
            json.endObject();
        }
        json.endArray();
        json.arrayField("warnings");
        for (Problem warning : plan.warnings()) {
            json.startObject();
            json.stringField("source", warning.source());
            json.stringField("pointer", warning.pointer());
            json.stringField("rule", warning.rule());
            json.stringField("value", warning.value());
            json.endObject();
        }
        json.endArray();
        strings(json, "checksnotmade", plan.checksNotMade());
    }

    private static void zdeployDataSet(PrettyJsonWriter json, TargetDataSet dataset) throws IOException {
        json.startObject();
        json.stringField("dsname", dataset.name());
        json.stringField("sourcename", dataset.sourceName());
        json.stringField("temporaryname", dataset.temporaryName());
        // Issue 10 major 12: the copy job creates it under its final name and catalogs it in the new catalog.
        json.boolField("copiedunderfinalname", dataset.copiedUnderFinalName());
        strings(json, "sourcevolumes", dataset.sourceVolumes());
        json.stringField("indirectcatalogsymbol", dataset.indirectcatalogsymbol());
        if (dataset.secondary() == null) {
            json.nullField("secondary");
        } else {
            json.numberField("secondary", dataset.secondary());
        }
        json.stringField("archid", dataset.archid());
        json.stringField("sourcemountpoint", dataset.sourceMountpoint());
        strings(json, "csiofzones", dataset.csiOfZones());
        json.arrayField("dddefs");
        for (TargetDddef dddef : dataset.dddefs()) {
            json.startObject();
            json.stringField("zone", dddef.zone());
            json.stringField("sourcezone", dddef.sourceZone());
            json.stringField("dddef", dddef.dddef());
            json.stringField("dataset", dddef.dataset());
            json.stringField("volume", dddef.volume());
            // A multi-volume data set's DDDEF names every volume (volume is the first): listed only then, so
            // the plans of single-volume data sets read as before.
            if (dddef.volumes().size() > 1) {
                json.arrayField("volumes");
                for (String v : dddef.volumes()) {
                    json.string(v);
                }
                json.endArray();
            }
            json.stringField("unit", dddef.unit());
            json.stringField("sourcepath", dddef.sourcePath());
            json.stringField("path", dddef.path());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void zone(PrettyJsonWriter json, TargetZone zone) throws IOException {
        json.startObject();
        json.stringField("name", zone.name());
        json.stringField("sourcename", zone.sourceName());
        json.stringField("type", zone.type().name().toLowerCase(Locale.ROOT));
        json.stringField("related", zone.related());
        json.stringField("sourcerelated", zone.sourceRelated());
        json.stringField("csi", zone.csi());
        json.stringField("sourcecsi", zone.sourceCsi());
        json.stringField("temporarycsi", zone.temporaryCsi());
        json.endObject();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static void strings(PrettyJsonWriter json, String field, List<String> values) throws IOException {
        json.arrayField(field);
        for (String value : values) {
            json.string(value);
        }
        json.endArray();
    }

    /** The sample response writes null, not [], for a data set without aliases, DDDEFs or directories. */
    private static void stringsOrNull(PrettyJsonWriter json, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            json.nullField(field);
        } else {
            strings(json, field, values);
        }
    }
}

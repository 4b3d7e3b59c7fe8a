package dev.zdeploy.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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

    // jackson-core's streaming generator alone: no ObjectMapper (and its reflection-driven setup)
    // is needed to write a document field by field.
    private static final JsonFactory FACTORY = new JsonFactory();

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
        void write(JsonGenerator json) throws IOException;
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
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeStringField("tgtswiname", plan.tgtswiname());
            strings(json, "jcl", jcl);
            json.writeArrayFieldStart("tgtswidatasets");
            for (TargetDataSet dataset : plan.datasets()) {
                zosmfDataSet(json, dataset);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("zdeploy");
            zdeploy(json, plan);
            extension.write(json);
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zosmfDataSet(JsonGenerator json, TargetDataSet dataset) throws IOException {
        json.writeStartObject();
        stringsOrNull(json, "aliases", dataset.aliases());
        json.writeStringField("catalog", dataset.catalog());
        json.writeStringField("blksize", text(dataset.blksize()));
        if (dataset.dddefs().isEmpty()) {
            json.writeNullField("dddefs");
        } else {
            json.writeArrayFieldStart("dddefs");
            for (TargetDddef dddef : dataset.dddefs()) {
                json.writeStartObject();
                json.writeStringField("dddef", dddef.dddef());
                json.writeStringField("zone", dddef.zone());
                // The sample response leaves path out of data set DDDEFs.
                if (dddef.isPath()) {
                    json.writeStringField("path", dddef.path());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("dscategory");
        for (var category : dataset.dscategory()) {
            json.writeString(category.name());
        }
        json.writeEndArray();
        json.writeStringField("dsname", dataset.name());
        json.writeStringField("dstype", dataset.dstype() == null ? null : dataset.dstype().name());
        json.writeStringField("extents", text(dataset.extents()));
        json.writeBooleanField("extendedformat", dataset.extendedformat());
        json.writeStringField("lrecl", text(dataset.lrecl()));
        json.writeStringField("mountpoint", dataset.mountpoint());
        stringsOrNull(json, "unixdirs", dataset.unixdirs());
        json.writeStringField("recfm", dataset.recfm());
        json.writeStringField("storclas", dataset.storclas());
        json.writeStringField("tempcatalias", dataset.tempcatalias());
        json.writeStringField("tracks", String.valueOf(dataset.tracks()));
        json.writeStringField("used", text(dataset.used()));
        strings(json, "volumes", dataset.volumes());
        json.writeEndObject();
    }

    private static void zdeploy(JsonGenerator json, DeploymentPlan plan) throws IOException {
        json.writeNumberField("formatversion", FORMAT_VERSION);
        json.writeStringField("name", plan.deploymentName());
        json.writeObjectFieldStart("source");
        json.writeStringField("type", plan.sourceType().json());
        json.writeStringField("name", plan.sourceName());
        json.writeStringField("system", plan.sourceSystem());
        json.writeStringField("directory", plan.sourceDirectory());
        json.writeEndObject();
        json.writeNumberField("descriptorversion", plan.descriptorVersion());
        json.writeStringField("jcldataset", plan.jcldataset());
        strings(json, "jobstatement", plan.jobStatement());
        json.writeStringField("catalogobjective", plan.catalogObjective().name());
        NewMasterCatalog master = plan.masterCatalog();
        if (master == null) {
            json.writeNullField("mastercatalog");
        } else {
            json.writeObjectFieldStart("mastercatalog");
            json.writeStringField("name", master.name());
            json.writeStringField("volume", master.volume());
            json.writeStringField("tempcatalias", master.tempcatalias());
            if (master.storclas() != null) {
                json.writeStringField("storclas", master.storclas());
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("volumemap");
        for (VolumeMapping mapping : plan.volumeMap()) {
            json.writeStartObject();
            json.writeStringField("source", mapping.sourceVolume());
            json.writeStringField("target", mapping.targetVolume());
            json.writeStringField("indirectcatalogsymbol", mapping.indirectcatalogsymbol());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("datasets");
        for (TargetDataSet dataset : plan.datasets()) {
            zdeployDataSet(json, dataset);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("zones");
        for (TargetZone zone : plan.zones()) {
            zone(json, zone);
        }
        json.writeEndArray();
        json.writeStringField("globalzonecsi", plan.globalZoneCsi());
        json.writeArrayFieldStart("zoneindex");
        for (TargetZone zone : plan.zoneIndex()) {
            json.writeStartObject();
            json.writeStringField("zone", zone.name());
            json.writeStringField("csi", zone.csi());
            json.writeStringField("type", zone.type().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mountpoints");
        for (MountPointMove move : plan.mountPoints()) {
            json.writeStartObject();
            json.writeStringField("dsname", move.dsname());
            json.writeStringField("from", move.from());
            json.writeStringField("to", move.to());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "highlevelqualifiers", plan.highLevelQualifiers());
        WorkSettings work = plan.work();
        json.writeObjectFieldStart("work");
        json.writeStringField("dsnprefix", work.dsnPrefix());
        json.writeStringField("volume", work.volume());
        json.writeStringField("path", work.path());
        json.writeStringField("storclas", work.storclas());
        json.writeStringField("mgmtclas", work.mgmtclas());
        json.writeStringField("dataclas", work.dataclas());
        json.writeEndObject();
        json.writeArrayFieldStart("volumeusage");
        for (VolumeUsage volume : plan.volumeUsage()) {
            json.writeStartObject();
            json.writeStringField("volume", volume.volume());
            json.writeNumberField("datasets", volume.datasets());
            json.writeNumberField("tracks", volume.tracks());
            json.writeNumberField("capacity", volume.capacity());
            json.writeBooleanField("capacityassumed", volume.capacityAssumed());
            json.writeNumberField("percent", volume.percent());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("warnings");
        for (Problem warning : plan.warnings()) {
            json.writeStartObject();
            json.writeStringField("source", warning.source());
            json.writeStringField("pointer", warning.pointer());
            json.writeStringField("rule", warning.rule());
            json.writeStringField("value", warning.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "checksnotmade", plan.checksNotMade());
    }

    private static void zdeployDataSet(JsonGenerator json, TargetDataSet dataset) throws IOException {
        json.writeStartObject();
        json.writeStringField("dsname", dataset.name());
        json.writeStringField("sourcename", dataset.sourceName());
        json.writeStringField("temporaryname", dataset.temporaryName());
        // Issue 10 major 12: the copy job creates it under its final name and catalogs it in the new catalog.
        json.writeBooleanField("copiedunderfinalname", dataset.copiedUnderFinalName());
        strings(json, "sourcevolumes", dataset.sourceVolumes());
        json.writeStringField("indirectcatalogsymbol", dataset.indirectcatalogsymbol());
        if (dataset.secondary() == null) {
            json.writeNullField("secondary");
        } else {
            json.writeNumberField("secondary", dataset.secondary());
        }
        json.writeStringField("archid", dataset.archid());
        json.writeStringField("sourcemountpoint", dataset.sourceMountpoint());
        strings(json, "csiofzones", dataset.csiOfZones());
        json.writeArrayFieldStart("dddefs");
        for (TargetDddef dddef : dataset.dddefs()) {
            json.writeStartObject();
            json.writeStringField("zone", dddef.zone());
            json.writeStringField("sourcezone", dddef.sourceZone());
            json.writeStringField("dddef", dddef.dddef());
            json.writeStringField("dataset", dddef.dataset());
            json.writeStringField("volume", dddef.volume());
            // A multi-volume data set's DDDEF names every volume (volume is the first): listed only then, so
            // the plans of single-volume data sets read as before.
            if (dddef.volumes().size() > 1) {
                json.writeArrayFieldStart("volumes");
                for (String v : dddef.volumes()) {
                    json.writeString(v);
                }
                json.writeEndArray();
            }
            json.writeStringField("unit", dddef.unit());
            json.writeStringField("sourcepath", dddef.sourcePath());
            json.writeStringField("path", dddef.path());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void zone(JsonGenerator json, TargetZone zone) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", zone.name());
        json.writeStringField("sourcename", zone.sourceName());
        json.writeStringField("type", zone.type().name().toLowerCase(Locale.ROOT));
        json.writeStringField("related", zone.related());
        json.writeStringField("sourcerelated", zone.sourceRelated());
        json.writeStringField("csi", zone.csi());
        json.writeStringField("sourcecsi", zone.sourceCsi());
        json.writeStringField("temporarycsi", zone.temporaryCsi());
        json.writeEndObject();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The sample response writes null, not [], for a data set without aliases, DDDEFs or directories. */
    private static void stringsOrNull(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            json.writeNullField(field);
        } else {
            strings(json, field, values);
        }
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

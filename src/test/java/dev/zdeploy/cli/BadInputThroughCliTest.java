package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static dev.zdeploy.cli.Cli.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once got past the readers and the plan and then failed in a template (exit 3) or,
 * worse, rendered jobs that z/OS would refuse. Each is now a problem of the input: exit 2, the
 * problem's line naming the field, the value and the rule, and nothing written. Run through the
 * command line, {@code validate} and {@code render} both.
 */
class BadInputThroughCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DESCRIPTOR_ROOT = "/izud.pswi.descriptor";

    @TempDir
    Path dir;

    /** A golden scenario's inputs, copied to the temporary directory with values set by JSON pointer. */
    private final class EditedInputs {
        final Path descriptor;
        final Path request;
        private final JsonNode descriptorTree;
        private final JsonNode requestTree;

        EditedInputs(String scenario) throws IOException {
            descriptor = dir.resolve("descriptor.json");
            request = dir.resolve("request.json");
            descriptorTree = MAPPER.readTree(Cli.GOLDEN.resolve(scenario).resolve("descriptor.json").toFile());
            requestTree = MAPPER.readTree(Cli.GOLDEN.resolve(scenario).resolve("request.json").toFile());
        }

        EditedInputs descriptor(String pointer, String json) throws IOException {
            set(descriptorTree, DESCRIPTOR_ROOT + pointer, json);
            return this;
        }

        EditedInputs request(String pointer, String json) throws IOException {
            set(requestTree, pointer, json);
            return this;
        }

        private void set(JsonNode root, String pointer, String json) throws IOException {
            JsonPointer at = JsonPointer.compile(pointer);
            ((ObjectNode) root.at(at.head())).set(at.last().getMatchingProperty(), MAPPER.readTree(json));
        }

        /** Writes the inputs, runs validate and render, and returns the problem lines both printed. */
        String problems() throws IOException {
            Files.writeString(descriptor, MAPPER.writeValueAsString(descriptorTree));
            Files.writeString(request, MAPPER.writeValueAsString(requestTree));
            String[] files = {"--descriptor", descriptor.toString(), "--request", request.toString()};
            Cli.Result validated = run(Cli.args("validate", files)).assertUserError(2);
            List<String> before = tree(dir);
            Cli.Result rendered = run(Cli.args("render", files, "--out", dir.resolve("out").toString()))
                    .assertUserError(2);
            assertEquals(before, tree(dir), "render wrote nothing");
            assertEquals(validated.err(), rendered.err());
            assertEquals("", rendered.out());
            return withoutVersionWarning(rendered.err());
        }
    }

    /** A version 9 descriptor is read with a warning; the cases here are about other things. */
    private static String withoutVersionWarning(String err) {
        return err.replaceAll("(?m)^warning: .*/version: descriptor version 9 is newer.*\n", "");
    }

    @Test
    void aGlobalZoneHeldOutsideTheGlobalzoneCsi() throws IOException {
        // Rendered the UC job against the wrong CSI, or failed in UC.ftl (exit 3).
        EditedInputs inputs = new EditedInputs("csi-per-zone").descriptor("/zones/0/csi", "\"MQM.V930.TARGET.CSI\"");

        assertEquals(inputs.descriptor + " " + DESCRIPTOR_ROOT + "/zones/0/csi: the global zone's CSI is the"
                + " instance's globalzone, MQM.V930.GLOBAL.CSI (got \"MQM.V930.TARGET.CSI\")\n", inputs.problems());
    }

    @Test
    void anIndirectCatalogSymbolWithoutANewMasterCatalog() throws IOException {
        // Issue 10, blocker 2: RN redefined the entries with VOLUMES(******) in the driving system's own catalog.
        EditedInputs inputs = new EditedInputs("existing-catalog-renames")
                .request("/targetvolumes/1/indirectcatalogsymbol", "\"******\"");

        assertEquals(inputs.request + " /targetvolumes/1/indirectcatalogsymbol: target volume D13A02 asks for indirect"
                + " cataloging, which needs a new master catalog (/mastercatalog): in the driving system's own catalog an"
                + " indirect volume serial is resolved to the driving system's own IPL volume or symbol, so the targets"
                + " could not be found (remove the symbol or deploy into a new master catalog) (got \"******\")\n",
                inputs.problems());
    }

    @Test
    void anSmsManagedCsiRenamedInsideANewMasterCatalog() throws IOException {
        // Issue 10, major 6: RN's ALTER NEWNAME of an SMS-managed VSAM cluster into another catalog's structure.
        EditedInputs inputs = new EditedInputs("csi-per-zone").descriptor("/datasets/0/storclas", "\"SCSMPE\"");

        assertEquals("plan /tgtswidatasets/0/storclas: SMS-managed VSAM data set MQM.V930.GLOBAL.CSI (an SMP/E CSI)"
                + " cannot be renamed from MQ93TMP.MQM.V930.GLOBAL.CSI inside the new master catalog: IDCAMS ALTER"
                + " refuses a new name of an SMS-managed VSAM data set that the catalog search order would find in"
                + " another catalog (deploy it without a storage class, or into the existing catalog) (got \"SCSMPE\")\n",
                inputs.problems());
    }

    @Test
    void anArchiveIdLongerThanAGimunzipRecordTakes() throws IOException {
        String archid = "A".repeat(62);
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").descriptor("/datasets/3/archid", "\"" + archid + "\"");

        assertEquals(inputs.descriptor + " " + DESCRIPTOR_ROOT + "/datasets/3/archid: an archive id is at most 61"
                + " characters (& < > and \" count as their XML escapes): GIMUNZIP reads an ARCHDEF value only up to"
                + " column 72 and a value cannot be continued (got \"" + archid + "\")\n", inputs.problems());
    }

    @Test
    void anArchiveIdOutsidePrintableAscii() throws IOException {
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").descriptor("/datasets/3/archid", "\"S0001.MÜLLER.pax.Z\"");

        assertEquals(inputs.descriptor + " " + DESCRIPTOR_ROOT + "/datasets/3/archid: an archive id holds only"
                + " printable ASCII characters (it is written into GIMUNZIP's SYSIN) (got \"S0001.MÜLLER.pax.Z\")\n",
                inputs.problems());
    }

    @Test
    void anEmptyArchiveId() throws IOException {
        // Rendered an ARCHDEF without archid.
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").descriptor("/datasets/3/archid", "\"\"");

        assertEquals(inputs.descriptor + " " + DESCRIPTOR_ROOT + "/datasets/3/archid: a portable (pswi) deployment"
                + " unzips each data set from its archive: archid is required for ZOWE.V2.SMPLOGA (got \"\")\n",
                inputs.problems());
    }

    @Test
    void aMountPointChangedToAPathWithAnApostrophe() throws IOException {
        // The moved PATH DDDEF failed in the SMP/E statement writer (exit 3).
        EditedInputs inputs = new EditedInputs("pswi-v9-zfs-moved-mountpoint")
                .request("/configuration/mountpoints/0/to", "\"/usr/lpp/qwt's/afx\"");

        assertEquals(inputs.request + " /configuration/mountpoints/0/to: a changed mount point holds no apostrophe"
                + " (paths under it are written in SMP/E PATH('...') values) (got \"/usr/lpp/qwt's/afx\")\n",
                inputs.problems());
    }

    @Test
    void aWorkPathThatTheShellWouldSplit() throws IOException {
        // Rendered "mkdir -p /u/work dir/..." in a BPXBATCH step.
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").request("/systemsettings", "{\"workpath\":\"/u/work dir\"}");

        assertEquals(inputs.request + " /systemsettings/workpath: a work path holds only letters, digits, '.', '_',"
                + " '-' and '/' (it is written into shell commands and JCL) (got \"/u/work dir\")\n", inputs.problems());
    }

    @Test
    void aPackageDirectoryLongerThanAJclPath() throws IOException {
        String directory = "/u/" + "p".repeat(252);
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").request("/source/directory", "\"" + directory + "\"");

        assertEquals(inputs.request + " /source/directory: the package directory is written as a JCL PATH value, "
                + directory + "/, of at most 255 characters (got \"" + directory + "\")\n", inputs.problems());
    }

    @Test
    void aWorkDataSetPrefixThatMakesTheWorkZfsNameTooLong() throws IOException {
        String prefix = "SYSPROG.DEPLOY.WORK.LONGER1";
        EditedInputs inputs = new EditedInputs("pswi-new-mcat").request("/systemsettings", "{\"workdsnprefix\":\"" + prefix + "\"}");

        assertEquals(inputs.request + " /systemsettings/workdsnprefix: the work zFS of a job, such as " + prefix
                + ".IZUD99ZF.WORK.ZFS, is a data set name of at most 44 characters: choose a shorter work data set"
                + " prefix (got \"" + prefix + "\")\n", inputs.problems());
    }
}

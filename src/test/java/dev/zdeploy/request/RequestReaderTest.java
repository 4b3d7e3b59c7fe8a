package dev.zdeploy.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zdeploy.descriptor.DescriptorReader;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReaderTest {

    /** The example of "Deploy a software instance", as IBM prints it. */
    private static final String SEED_EXAMPLE = """
            {
            "name":"zos24Deploy",
            "source":{"type":"swi","name":"zos24"},
            "system":"SYS123",
            "targetvolumes":[{"volume":"LT1234"},{"volume":"LT5678"}],
            "mastercatalog":{"name":"CATALOG.ZOS24.MCAT","volume":"LT12345",
            "tempcatalias":"ZOS24"},
            "jobstatement":["//JOBNAME   JOB (123456),'USER',NOTIFY=&SYSUID,REGION=0M,",
            "// MSGCLAS=H","//*"]
            }
            """;

    private static List<String> lines(ReadResult<?> result) {
        return result.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theSeedExampleIsReadAsDocumentedAndItsLongVolumeSerialIsCaught() {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json", SEED_EXAMPLE);
        assertEquals(List.of("request.json /mastercatalog/volume: a volume serial is 1-6 characters (got \"LT12345\")"),
                lines(result));
        DeploymentRequest request = result.value();
        assertEquals(new Source(SourceType.SWI, "zos24", "SYS123", null), request.source());
        assertEquals(List.of(new TargetVolume("LT1234", null), new TargetVolume("LT5678", null)), request.targetvolumes());
        assertEquals(3, request.jobstatement().size());
        assertNull(request.jcldataset());
    }

    @Test
    void aTargetVolumeMayBeNamedByNameAsTheProseSays() {
        DeploymentRequest request = RequestReader.read("request.json",
                "{\"name\":\"d\",\"source\":{\"type\":\"swi\",\"name\":\"S\"},\"targetvolumes\":[{\"name\":\"LT1234\","
                        + "\"indirectcatalogsymbol\":\"&SYSR2\"},{\"volume\":\"LT5678\",\"indirectcatalogsymbol\":\"******\"}]}");
        assertEquals(List.of(new TargetVolume("LT1234", "&SYSR2"), new TargetVolume("LT5678", "******")), request.targetvolumes());
        assertFalse(request.hasNewMasterCatalog());
        assertEquals(Configuration.NONE, request.configuration());
        assertEquals(SystemSettings.DEFAULTS, request.systemsettings());
    }

    @Test
    void extensionsAreRead() {
        DeploymentRequest request = RequestReader.read("request.json", """
                {"name":"d","source":{"type":"pswi","name":"S","directory":"/u/pkg"},
                 "configuration":{"datasets":[{"if":"dsname=SYS1.**","then":[{"property":"dsname","from":"SYS1.**","to":"NEW.SYS1.**"}]}],
                   "zones":[{"from":"TGT","to":"TGT2"}],"mountpoints":[{"from":"/usr/lpp/x","to":"/new/x"}]},
                 "systemsettings":{"workdsnprefix":"&SYSUID..WORK","workvolume":"WRK001","workpath":"/u/work",
                   "storclas":"SCWORK","mgmtclas":"MCNOMIG","dataclas":"DCPDSE"}}
                """);
        assertEquals(new Source(SourceType.PSWI, "S", null, "/u/pkg"), request.source());
        RenameRule rule = request.configuration().datasets().get(0);
        assertEquals("SYS1.**", rule.conditionPattern());
        assertEquals(new RenameAction("dsname", "SYS1.**", "NEW.SYS1.**"), rule.actions().get(0));
        assertEquals(new ZoneRename("TGT", "TGT2"), request.configuration().zones().get(0));
        assertEquals(new MountPointChange("/usr/lpp/x", "/new/x"), request.configuration().mountpoints().get(0));
        assertEquals(new SystemSettings("&SYSUID..WORK", "WRK001", "/u/work", "SCWORK", "MCNOMIG", "DCPDSE"),
                request.systemsettings());
    }

    @Test
    void passwordsAreHeldButNeverShown() throws Exception {
        String json = "{\"name\":\"d\",\"source\":{\"type\":\"swi\",\"name\":\"S\"},\"targetvolumes\":[{\"volume\":\"LT12345\"}],"
                + "\"zosmfuid\":\"IBMUSER\",\"zosmfpw\":\"hunter2\",\"proxypw\":\"pr0xy!\"}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequestReader.read("request.json", json));
        assertFalse(e.getMessage().contains("hunter2") || e.getMessage().contains("pr0xy!"), e.getMessage());
        DeploymentRequest request = RequestReader.parse("request.json", json).value();
        assertEquals("hunter2", new String(request.zosmfpw().reveal()));
        assertFalse(request.toString().contains("hunter2"), request.toString());
        assertTrue(request.toString().contains(Secret.MASK));
        assertEquals("\"" + Secret.MASK + "\"", new ObjectMapper().writeValueAsString(request.proxypw()));
    }

    @Test
    void aPasswordOfTheWrongTypeIsNotShownEither() {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json",
                "{\"name\":\"d\",\"source\":{\"type\":\"swi\",\"name\":\"S\"},\"targetvolumes\":[{\"volume\":\"V1\"}],"
                        + "\"zosmfpw\":[\"hunter2\"]}");
        assertEquals(List.of("request.json /zosmfpw: must be a string"), lines(result));
        assertNull(result.problems().get(0).value());
    }

    @Test
    void unknownFieldsAreWarnedAboutWithAnEscapedPointer() {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json",
                "{\"name\":\"d\",\"source\":{\"type\":\"swi\",\"name\":\"S\",\"nick/name~\":1},\"targetvolumes\":[{\"volume\":\"V1\"}]}");
        assertFalse(result.hasErrors());
        assertEquals(List.of("warning: request.json /source/nick~1name~0: unknown field, ignored"), lines(result));
    }

    @Test
    void aSyntaxErrorAtAnUnquotedPasswordDoesNotShowThePassword() {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json",
                "{\"name\":\"d\",\n\"zosmfpw\": S3CR3TPW,\n\"source\":{\"type\":\"swi\",\"name\":\"x\"}}");

        assertEquals(List.of("request.json: JSON syntax error at line 2, column 12: Unrecognized token: was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (the text there is not"
                + " shown: the file may hold a password)"), lines(result));
    }

    /** However the key is spelled, a request's syntax error quotes none of its text. */
    @ParameterizedTest
    @ValueSource(strings = {"\\u007a\\u006f\\u0073\\u006d\\u0066\\u0070\\u0077", "zosmf\\u0070w",
            "\\u0070roxypw", "ZOSMFPW", "zosmfpwd", "pass"})
    void aSyntaxErrorInARequestQuotesNoTokenWhateverTheKey(String key) {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json",
                "{\"name\":\"d\",\n\"" + key + "\": S3CR3TPW}");

        assertEquals(List.of("request.json: JSON syntax error at line 2, column " + (key.length() + 5)
                + ": Unrecognized token: was expecting (JSON String, Number, Array, Object or token 'null', 'true'"
                + " or 'false') (the text there is not shown: the file may hold a password)"), lines(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u007a\\u006f\\u0073\\u006d\\u0066\\u0070\\u0077", "zosmf\\u0070w",
            "\\u0070roxypw", "ProxyPW"})
    void anyOtherFileNamingAPasswordFieldHoweverSpelledQuotesNoTokenEither(String key) {
        String lines = String.join("\n", DescriptorReader.parse("descriptor.json",
                "{\"" + key + "\": S3CR3TPW}").problems().stream().map(Problem::format).toList());

        assertFalse(lines.contains("S3CR3TPW"), lines);
        assertTrue(lines.endsWith("(the text there is not shown: the file may hold a password)"), lines);
    }

    @Test
    void aSyntaxErrorInAFileNamingNoPasswordFieldQuotesNoTokenEither() {
        // A misspelt key ("zos'fpw") or a request given as --descriptor: no test of the text can tell
        // that the token is not a password (SecretsFuzzTest found both).
        List<Problem> problems = DescriptorReader.parse("descriptor.json", "{\"zos'fpw\": S3CR3TPW}").problems();

        assertEquals(1, problems.size(), problems.toString());
        assertFalse(problems.get(0).format().contains("S3CR3TPW"), problems.toString());
        assertTrue(problems.get(0).format().startsWith("descriptor.json: JSON syntax error at line 1, column"),
                problems.toString());
    }

    @Test
    void aJobStatementTheLintGateWouldRefuseIsAProblemOfTheRequest() {
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json", """
                {"name":"d","source":{"type":"swi","name":"x"},"targetvolumes":[{"volume":"V1"}],
                 "jobstatement":["//DEPLOY   JOB (123456,'SYSPROG',CLASS=A"]}""");

        assertEquals(List.of("request.json /jobstatement/0: a job statement card is JCL that every generated job starts "
                + "with: JOB statement: parentheses do not balance (column 1, rule parentheses) "
                + "(got \"//DEPLOY   JOB (123456,'SYSPROG',CLASS=A\")"), lines(result));
    }

    @Test
    void aJobStatementCardWithTextInColumn72IsAProblemOfTheRequest() {
        String card = "//DEPLOY   JOB (123456),'SYSPROG',CLASS=A,MSGCLASS=H,NOTIFY=&SYSUID,REGI";
        assertEquals(72, card.length());
        ReadResult<DeploymentRequest> result = RequestReader.parse("request.json",
                "{\"name\":\"d\",\"source\":{\"type\":\"swi\",\"name\":\"x\"},"
                        + "\"targetvolumes\":[{\"volume\":\"V1\"}],\"jobstatement\":[\"" + card + "\"]}");

        assertEquals(1, lines(result).size(), lines(result).toString());
        assertTrue(lines(result).get(0).startsWith("request.json /jobstatement/0: a job statement card is JCL that "
                + "every generated job starts with: "), lines(result).get(0));
        assertTrue(lines(result).get(0).contains("rule column-72"), lines(result).get(0));
    }
}

package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole business flow over HTTP on embedded PostgreSQL, the real engine and real chemistry: a scientist
 * imports the ChEMBL series, saves it as a library and submits it to Acme CRO; an approver signs the approval;
 * the CRO returns activities; the results appear on the molecules and every step is in the audit trail.
 */
@RunningApplicationTest
class CroSubmissionFlowEndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void chemblSeriesGoesFromImportToCroResultsOnTheMolecules() throws IOException {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        // b. import in the background as a molecule-import process
        Api.Reply started = scientist.upload("/api/v1/imports", "chembl-series-1017.smi", fixture("chembl-series-1017.smi"));
        assertThat(started.status()).isEqualTo(202);
        String importId = started.body().path("id").asText();
        JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> scientist.get("/api/v1/imports/" + importId).body(), s -> "COMPLETED".equals(s.path("status").asText()));
        assertThat(done.path("totalRows").asLong()).isEqualTo(1017);
        assertThat(done.path("registered").asLong() + done.path("duplicates").asLong() + done.path("inReview").asLong()
                + done.path("rejected").asLong()).isEqualTo(1017);
        assertThat(done.path("registered").asLong()).isGreaterThan(1000);

        // c. browse, heaviest first, and one molecule's detail with its structure picture
        JsonNode page = scientist.get("/api/v1/molecules?page=1&size=50&sort=mw,desc").body();
        assertThat(page.path("items")).hasSize(50);
        assertThat(page.path("items").get(0).path("averageMw").asDouble())
                .isGreaterThanOrEqualTo(page.path("items").get(49).path("averageMw").asDouble());
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("corporateId").asText()).matches("MF-\\d{7}");
        assertThat(first.path("inchiKey").asText()).matches("[A-Z]{14}-[A-Z]{10}-[A-Z]");
        assertThat(scientist.text("/api/v1/molecules/" + first.path("id").asText() + "/depiction.svg")).contains("<svg");

        // d. the import saved as a library
        Api.Reply library = scientist.post("/api/v1/libraries", "{\"name\":\"Sulfonamide series\",\"importId\":\"%s\"}".formatted(importId));
        assertThat(library.status()).isEqualTo(201);
        assertThat(library.body().path("moleculeCount").asLong()).isEqualTo(done.path("registered").asLong());

        // e. a submission of the library to Acme CRO, submitted into the cro-submission process
        Api.Reply draft = scientist.post("/api/v1/submissions", """
                {"libraryId":"%s","croOrganisationId":"acme-cro","assay":"pIC50 biochemical assay"}"""
                .formatted(library.body().path("id").asText()));
        assertThat(draft.status()).isEqualTo(201);
        String submissionId = draft.body().path("id").asText();
        assertThat(scientist.post("/api/v1/submissions/" + submissionId + "/submit", "{}").body().path("status").asText())
                .isEqualTo("AWAITING_APPROVAL");

        // the CRO sees nothing of it before approval (other tests' submissions share this database)
        Api cro = Api.signIn(port, "cro", "cro-demo");
        assertThat(cro.get("/api/v1/submissions").body().findValuesAsText("id")).doesNotContain(submissionId);

        // f. the approver signs the approval with their password
        Api approver = Api.signIn(port, "approver", "approver-demo");
        String taskId = Api.approvalTaskOf(approver, submissionId);
        assertThat(approver.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"wrong\"}").status())
                .isEqualTo(403);
        Api.awaitPasswordAcceptedAgain(port, "approver", "approver-demo"); // the wrong password locked approver out briefly
        Api.Reply signed = approver.post("/api/v1/tasks/" + taskId + "/complete",
                "{\"approved\":true,\"comment\":\"series is in scope\",\"password\":\"approver-demo\"}");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body().path("meaning").asText()).isEqualTo("Approved");
        assertThat(signed.body().path("signer").asText()).isEqualTo("approver");
        assertThat(signed.body().path("contentSha256").asText()).hasSize(64);

        // g. the CRO sees the submission once it is sent, and returns the activities
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT_TO_CRO".equals(statusInListOf(cro, submissionId)));
        Api.Reply results = cro.upload("/api/v1/submissions/" + submissionId + "/results", "chembl-series-1017-activity.csv",
                fixture("chembl-series-1017-activity.csv"));
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body().path("accepted").asInt()).isEqualTo(done.path("registered").asInt());
        assertThat(results.body().path("withoutResult").isArray()).isTrue();
        assertThat(results.body().path("withoutResult")).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "COMPLETED".equals(scientist.get("/api/v1/submissions/" + submissionId).body().path("status").asText()));

        // h. results on the molecule
        JsonNode molecule = scientist.get("/api/v1/molecules/" + first.path("id").asText()).body();
        assertThat(molecule.path("results")).hasSize(1);
        assertThat(molecule.path("results").get(0).path("assay").asText()).isEqualTo("pIC50 biochemical assay");
        JsonNode result = molecule.path("results").get(0);
        assertThat(result.path("value").asDouble()).isEqualTo(activityIn(fixture("chembl-series-1017-activity.csv"), result.path("identifier").asText()));
        assertThat(result.path("batchCorporateId").asText()).isEqualTo(molecule.path("batches").get(0).path("corporateId").asText());
        assertThat(cro.get("/api/v1/molecules/" + first.path("id").asText()).status()).isEqualTo(200);

        // i. the audit trail of the submission, merged with the engine's history
        List<String> actions = new ArrayList<>();
        scientist.get("/api/v1/audit?entityId=" + submissionId).body().forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).contains("SUBMISSION_DRAFTED", "SUBMISSION_SUBMITTED", "SIGNATURE_REFUSED", "SIGNED",
                "SUBMISSION_APPROVED", "SUBMISSION_SENT_TO_CRO", "RESULTS_RETURNED", "SUBMISSION_COMPLETED", "ACTIVITY_STARTED");
        // ... and of the molecule, a regulated record itself: who registered it, who recorded its result
        List<String> moleculeEvents = new ArrayList<>();
        scientist.get("/api/v1/audit?entityId=" + first.path("id").asText()).body()
                .forEach(e -> moleculeEvents.add(e.path("action").asText() + " by " + e.path("actor").asText()));
        assertThat(moleculeEvents).containsExactly("PARENT_REGISTERED by scientist", "RESULT_RECORDED by cro");
    }

    @Test
    void aPartialResultsFileNamesTheSubmittedBatchesItGaveNoValueFor() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String importId = scientist.upload("/api/v1/imports", "pair.csv", "smiles,id\nOCCCCCCCCCCCCCCCCCCCCCCCCCCCCCO,PAIR-1\nNCCCCCCCCCCCCCCCCCCCCCCCCCCCCCN,PAIR-2\n".getBytes())
                .body().path("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));
        List<Long> parents = new ArrayList<>();
        scientist.get("/api/v1/imports/" + importId + "/rows").body().path("items").forEach(r -> parents.add(r.path("parentId").asLong()));
        JsonNode draft = scientist.post("/api/v1/submissions", "{\"moleculeIds\":[%d,%d],\"croOrganisationId\":\"acme-cro\",\"assay\":\"logD\"}"
                .formatted(parents.get(0), parents.get(1))).body();
        String submissionId = draft.path("id").asText();
        scientist.post("/api/v1/submissions/" + submissionId + "/submit", "{}");
        Api approver = Api.signIn(port, "approver", "approver-demo");
        approver.post("/api/v1/tasks/" + Api.approvalTaskOf(approver, submissionId) + "/complete", "{\"approved\":true,\"password\":\"approver-demo\"}");
        Api cro = Api.signIn(port, "cro", "cro-demo");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT_TO_CRO".equals(statusInListOf(cro, submissionId)));

        Api.Reply partial = cro.upload("/api/v1/submissions/" + submissionId + "/results", "partial.csv", "Name,Act\nPAIR-1,2.5\n".getBytes());

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body().path("accepted").asInt()).isEqualTo(1);
        String unanswered = null;
        for (JsonNode item : draft.path("items")) {
            if ("PAIR-2".equals(item.path("externalId").asText())) {
                unanswered = item.path("batchCorporateId").asText();
            }
        }
        assertThat(partial.body().path("withoutResult").toString()).isEqualTo("[\"" + unanswered + "\"]");
    }

    @Test
    void submitterCannotApproveTheirOwnSubmission() {
        Api approver = Api.signIn(port, "approver", "approver-demo");
        Api.Reply imported = approver.upload("/api/v1/imports", "two.csv", "smiles,id\nCCO,E-1\nc1ccccc1O,E-2\n".getBytes());
        String importId = imported.body().path("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED".equals(approver.get("/api/v1/imports/" + importId).body().path("status").asText()));
        List<Long> ids = new ArrayList<>();
        approver.get("/api/v1/molecules?size=100").body().path("items").forEach(m -> ids.add(m.path("id").asLong()));
        String submissionId = approver.post("/api/v1/submissions",
                "{\"moleculeIds\":[%d],\"croOrganisationId\":\"acme-cro\",\"assay\":\"solubility\"}".formatted(ids.get(0))).body().path("id").asText();
        approver.post("/api/v1/submissions/" + submissionId + "/submit", "{}");

        String taskId = Api.approvalTaskOf(approver, submissionId);
        Api.Reply refused = approver.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"approver-demo\"}");
        Api.Reply claim = approver.post("/api/v1/tasks/" + taskId + "/claim", "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asText()).contains("four-eyes").contains("approver");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.body().path("detail").asText()).isEqualTo("four-eyes rule: approver submitted this submission and cannot claim its approval task");
        assertThat(Api.signIn(port, "manager", "manager-demo").get("/api/v1/tasks").body().findValuesAsText("id")).contains(taskId);
        assertThat(approver.get("/api/v1/submissions/" + submissionId).body().path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(approver.get("/api/v1/submissions/" + submissionId + "/signatures").body()).isEmpty();
    }

    @Test
    void aStructureTooLargeToProcessIsRejectedWithItsReasonAndTheImportCarriesOn() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        byte[] file = ("smiles,id\n" + "C".repeat(5000) + "O,CHAIN\nCCCCCCO,HEXANOL\n").getBytes(StandardCharsets.UTF_8);

        String importId = scientist.upload("/api/v1/imports", "chain.csv", file).body().path("id").asText();

        JsonNode done = await().atMost(Duration.ofSeconds(60))
                .until(() -> scientist.get("/api/v1/imports/" + importId).body(), s -> "COMPLETED".equals(s.path("status").asText()));
        assertThat(done.path("rejected").asInt()).isEqualTo(1);
        assertThat(done.path("registered").asInt() + done.path("duplicates").asInt()).isEqualTo(1);
        JsonNode rejected = scientist.get("/api/v1/imports/" + importId + "/rows?status=rejected").body().path("items").get(0);
        assertThat(rejected.path("lineNumber").asLong()).isEqualTo(2);
        assertThat(rejected.path("reason").asText()).startsWith("structure has 5001 atoms; at most 1024 can be registered (the InChI limit) in \"CCCC");
    }

    @Test
    void importOfAFileThatBreaksOffMidwayFailsWithItsReasonKept() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        String importId = scientist.upload("/api/v1/imports", "broken.csv.gz", BrokenFiles.truncatedGzipCsv()).body().path("id").asText();

        JsonNode failed = await().atMost(Duration.ofSeconds(60))
                .until(() -> scientist.get("/api/v1/imports/" + importId).body(), s -> "FAILED".equals(s.path("status").asText()));
        assertThat(failed.path("failureReason").asText()).isNotBlank();
        List<String> actions = new ArrayList<>();
        scientist.get("/api/v1/audit?entityId=" + importId).body().forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).contains("IMPORT_STARTED", "IMPORT_FAILED");
    }

    /** The submission's status as it appears in the user's submission list, or null where it is not listed. */
    private static String statusInListOf(Api user, String submissionId) {
        for (JsonNode submission : user.get("/api/v1/submissions").body()) {
            if (submissionId.equals(submission.path("id").asText())) {
                return submission.path("status").asText();
            }
        }
        return null;
    }


    /** The value the activity file gives for one identifier (columns Name, Act). */
    private static double activityIn(byte[] csv, String identifier) {
        return new String(csv, StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(","))
                .filter(cells -> cells[0].equals(identifier)).mapToDouble(cells -> Double.parseDouble(cells[1]))
                .findFirst().orElseThrow(() -> new AssertionError(identifier + " is not in the activity file"));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CroSubmissionFlowEndToEndTest.class.getResourceAsStream("/flow/" + name)) {
            return in.readAllBytes();
        }
    }
}

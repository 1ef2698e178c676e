package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Input the database or the engine would choke on is refused up front with a 400 or 409 that says what to change. */
@RunningApplicationTest
class BadRequestsAreRefusedClearlyTest {

    @LocalServerPort
    int port;

    @Test
    void anAssayLongerThanItsColumnIsRefusedNamingTheLimit() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        Api.Reply refused = scientist.post("/api/v1/submissions",
                "{\"moleculeIds\":[1],\"croOrganisationId\":\"acme-cro\",\"assay\":\"%s\"}".formatted("x".repeat(301)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asText()).isEqualTo("assay: at most 300 characters, got 301");
    }

    @Test
    void aLibraryNameWithANulCharacterIsRefusedSayingWhere() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        Api.Reply refused = scientist.post("/api/v1/libraries", "{\"name\":\"hits\\u0000round 2\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asText()).isEqualTo("name: contains a NUL character (U+0000) at position 5, which cannot be stored");
    }

    @Test
    void anApprovalCommentTooLongForTheEngineIsRefusedBeforeAnythingIsSigned() {
        String submissionId = Api.submittedForApproval(Api.signIn(port, "scientist", "scientist-demo"));
        Api approver = Api.signIn(port, "approver", "approver-demo");
        String taskId = Api.approvalTaskOf(approver, submissionId);

        Api.Reply refused = approver.post("/api/v1/tasks/" + taskId + "/complete",
                "{\"approved\":true,\"comment\":\"%s\",\"password\":\"approver-demo\"}".formatted("c".repeat(4001)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asText()).isEqualTo("comment: at most 4000 characters, got 4001");
        assertThat(approver.get("/api/v1/submissions/" + submissionId + "/signatures").body()).isEmpty();
    }

    @Test
    void aUserNameNoAccountCanHaveIsAnUnknownUserNotAServerError() {
        RestClient anonymous = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        JsonNode refused = anonymous.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"%s\",\"password\":\"x\"}".formatted("u".repeat(65))).retrieve().body(JsonNode.class);

        assertThat(refused.path("status").asInt()).isEqualTo(401);
        assertThat(refused.path("detail").asText()).isEqualTo("unknown user or wrong password");
    }

    @Test
    void aFileNamedGzThatIsNotCompressedIsRefusedAtUpload() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        Api.Reply refused = scientist.upload("/api/v1/imports", "series.csv.gz", "smiles,id\nCCO,A-1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asText()).startsWith("file series.csv.gz: named .gz but not gzip-compressed");
    }

    @Test
    void aLibraryCannotBeSavedFromAnImportThatDidNotComplete() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String importId = scientist.upload("/api/v1/imports", "broken.csv.gz", BrokenFiles.truncatedGzipCsv()).body().path("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "FAILED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));

        Api.Reply refused = scientist.post("/api/v1/libraries", "{\"name\":\"from a failed import\",\"importId\":\"%s\"}".formatted(importId));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asText())
                .isEqualTo("importId: import " + importId + " is FAILED; a library can be saved from a COMPLETED import only");
    }
}

package com.moleculeflow.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A user of the REST API over real HTTP: signs in, then sends bearer-authenticated requests. Public so that the
 * browser tests prepare their data the same way.
 */
public final class Api {

    /** Status and JSON body of one response, whatever the status. */
    public record Reply(int status, JsonNode body) {
    }

    private final RestClient http;
    private final String token;

    private Api(RestClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public static Api signIn(int port, String username, String password) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        JsonNode tokens = http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))
                .retrieve().body(JsonNode.class);
        return new Api(http, tokens.path("accessToken").asText());
    }

    /**
     * Waits until the user's password is accepted again. After a wrong password the engine refuses every password of
     * that user for a few seconds (3 s after the first failure, doubling after each further one): a test that tries a
     * wrong password waits this out so that the next sign-in, in this test or the next, is not refused.
     */
    public static void awaitPasswordAcceptedAgain(int port, String username, String password) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .body("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))
                        .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()));
    }

    public Reply get(String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + token)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    /** A non-JSON resource (a depiction, a page) as text; fails on an error status. */
    public String text(String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + token).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                throw new AssertionError("GET " + path + ": HTTP " + response.getStatusCode().value());
            }
            return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        });
    }

    public Reply post(String path, String json) {
        return http.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    public Reply upload(String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    /** Uploads a CSV and waits until its import has COMPLETED; the import id. */
    public static String importedAndCompleted(Api scientist, String csv) {
        String importId = scientist.upload("/api/v1/imports", "lot.csv", csv.getBytes()).body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));
        return importId;
    }

    /** A one-molecule submission by the scientist, waiting for approval. */
    public static String submittedForApproval(Api scientist) {
        String importId = importedAndCompleted(scientist, "smiles,id\nCCCCO,S-1\n");
        long parentId = scientist.get("/api/v1/imports/" + importId + "/rows").body().path("items").get(0).path("parentId").asLong();
        String submissionId = scientist.post("/api/v1/submissions",
                "{\"moleculeIds\":[%d],\"croOrganisationId\":\"acme-cro\",\"assay\":\"stability\"}".formatted(parentId)).body().path("id").asText();
        scientist.post("/api/v1/submissions/" + submissionId + "/submit", "{}");
        return submissionId;
    }

    /** The approval task of a submission as offered to the approver, once the process has created it. */
    public static String approvalTaskOf(Api approver, String submissionId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode task : approver.get("/api/v1/tasks").body()) {
                if (submissionId.equals(task.path("submissionId").asText())) {
                    return task.path("id").asText();
                }
            }
            return null;
        }, id -> id != null);
    }
}

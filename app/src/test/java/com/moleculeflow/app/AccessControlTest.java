package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Who may reach what: the engine's REST API is for administrators, Tasklist is for approvers, refresh tokens
 * never open the API, and no approval moves a submission on without the approver's electronic signature.
 */
@RunningApplicationTest
class AccessControlTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void engineRestApiIsForAdministratorsOnly() throws Exception {
        assertThat(engineRest(null)).isEqualTo(401);
        assertThat(engineRest("cro:cro-demo")).isEqualTo(403);
        assertThat(engineRest("approver:approver-demo")).isEqualTo(403);
        assertThat(engineRest("admin:admin-demo")).isEqualTo(200);
    }

    @Test
    void approversMaySignInToTasklistButCroUsersMayNot() throws Exception {
        assertThat(tasklistLogin("approver", "approver-demo")).isEqualTo(200);
        assertThat(tasklistLogin("cro", "cro-demo")).isEqualTo(403);
    }

    @Test
    void healthIsOpenToLoadBalancersAndReportsTheDatabaseAndTheEngineWithItsProcesses() {
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port).build();

        Map<String, Object> health = client.get().uri("/api/v1/health").retrieve().body(new ParameterizedTypeReference<>() { });

        assertThat(health).containsEntry("status", "UP").containsEntry("database", "UP").containsEntry("engine", "UP");
    }

    @Test
    void aRefreshTokenWorksOnceSoACopyOfItIsRefused() {
        RestClient client = anonymousClient();
        Map<?, ?> tokens = scientistTokens(client);
        String refresh = "{\"refreshToken\":\"%s\"}".formatted(tokens.get("refreshToken"));

        Map<?, ?> renewed = client.post().uri("/api/v1/auth/refresh").header("Content-Type", "application/json").body(refresh)
                .retrieve().body(Map.class);
        int replay = client.post().uri("/api/v1/auth/refresh").header("Content-Type", "application/json").body(refresh)
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(renewed.get("refreshToken")).isNotNull().isNotEqualTo(tokens.get("refreshToken"));
        assertThat(replay).isEqualTo(401);
        int next = client.post().uri("/api/v1/auth/refresh").header("Content-Type", "application/json")
                .body("{\"refreshToken\":\"%s\"}".formatted(renewed.get("refreshToken")))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(next).isEqualTo(200);
    }

    @Test
    void aRefreshTokenDoesNotOpenTheApi() {
        RestClient client = anonymousClient();
        Map<?, ?> tokens = scientistTokens(client);

        int status = client.get().uri("/api/v1/molecules").header("Authorization", "Bearer " + tokens.get("refreshToken"))
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(401);
    }

    @Test
    void anApprovalWithoutTheApproversSignatureIsRefusedByTheEngine() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String submissionId = Api.submittedForApproval(scientist);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(submissionId).singleResult().getId();

        identity.setAuthentication("approver", List.of("approvers"));
        try {
            assertThatThrownBy(() -> tasks.complete(taskId, Map.of("approved", true, "approvalSignatureId", "00000000-0000-0000-0000-000000000000")))
                    .hasStackTraceContaining("electronic signature");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(scientist.get("/api/v1/submissions/" + submissionId).body().path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aWrongSigningPasswordLocksTheSignerOutLikeAWrongSignIn() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String submissionId = Api.submittedForApproval(scientist);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(submissionId).singleResult().getId();
        Api manager = Api.signIn(port, "manager", "manager-demo");

        Api.Reply wrong = manager.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"guess-1\"}");
        Api.Reply whileLocked = manager.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"guess-2\"}");

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body().path("detail").asText()).isEqualTo("password: the password is not correct; nothing was signed");
        // the failed attempt is kept although the signature was refused and its transaction rolled back
        assertThat(jdbc.sql("select coalesce(attempts_, 0) from act_id_user where id_ = 'manager'").query(Integer.class).single()).isEqualTo(1);
        assertThat(whileLocked.status()).isEqualTo(403);
        assertThat(whileLocked.body().path("detail").asText()).matches("password: after wrong passwords, manager cannot sign or sign in "
                + "until \\d\\d:\\d\\d:\\d\\d UTC; nothing was signed");

        Api.awaitPasswordAcceptedAgain(port, "manager", "manager-demo");
        assertThat(manager.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"manager-demo\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aTaskClaimedByOneApproverIsTakenForAnotherNotMissing() {
        String submissionId = Api.submittedForApproval(Api.signIn(port, "scientist", "scientist-demo"));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(submissionId).singleResult().getId();
        assertThat(Api.signIn(port, "approver", "approver-demo").post("/api/v1/tasks/" + taskId + "/claim", "{}").status()).isEqualTo(200);

        Api.Reply taken = Api.signIn(port, "manager", "manager-demo").post("/api/v1/tasks/" + taskId + "/claim", "{}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("detail").asText()).isEqualTo("task " + taskId + " is claimed by approver");
    }

    @Test
    void aCroSeesOnlyTheBatchesSentToItAndNotWhereTheyCameFrom() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String smiles = "OCCCCCCCCCCCCCCCCCCCCCCCCN";
        Api.importedAndCompleted(scientist, "smiles,id\n" + smiles + ",LOT-A\n");
        String second = Api.importedAndCompleted(scientist, "smiles,id\n" + smiles + ",LOT-B\n");
        long parentId = scientist.get("/api/v1/imports/" + second + "/rows").body().path("items").get(0).path("parentId").asLong();
        String submissionId = scientist.post("/api/v1/submissions",
                "{\"moleculeIds\":[%d],\"croOrganisationId\":\"acme-cro\",\"assay\":\"solubility\"}".formatted(parentId)).body().path("id").asText();
        scientist.post("/api/v1/submissions/" + submissionId + "/submit", "{}");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(submissionId).singleResult().getId();
        Api.signIn(port, "approver", "approver-demo").post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\":true,\"password\":\"approver-demo\"}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "SENT_TO_CRO".equals(scientist.get("/api/v1/submissions/" + submissionId).body().path("status").asText()));

        var molecule = Api.signIn(port, "cro", "cro-demo").get("/api/v1/molecules/" + parentId).body();

        assertThat(molecule.path("parent").path("batchCount").asInt()).isEqualTo(1);
        assertThat(molecule.path("batches")).hasSize(1);
        var batch = molecule.path("batches").get(0);
        assertThat(batch.path("externalId").asText()).isEqualTo("LOT-B");
        assertThat(molecule.path("parent").path("latestBatchId").asText()).isEqualTo(batch.path("corporateId").asText());
        assertThat(List.of("originalText", "importId", "sourceLine", "createdBy")).allSatisfy(field -> assertThat(batch.path(field).isNull()).isTrue());
        assertThat(scientist.get("/api/v1/molecules/" + parentId).body().path("batches")).hasSize(2);
    }



    /** A client without a token that hands back every status instead of throwing. */
    private RestClient anonymousClient() {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(s -> true, (request, response) -> { }).build();
    }

    /** The token pair of a fresh sign-in as the scientist. */
    private static Map<?, ?> scientistTokens(RestClient client) {
        return client.post().uri("/api/v1/auth/login").header("Content-Type", "application/json")
                .body("{\"username\":\"scientist\",\"password\":\"scientist-demo\"}").retrieve().body(Map.class);
    }

    private int engineRest(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Signs in the way Tasklist's own page does: fetch the page for the CSRF cookie, then post the credentials. */
    @Test
    void inTasklistAnApproverMayWorkTheApprovalTaskButNotRewriteWhoSubmittedIt() throws Exception {
        Api approver = Api.signIn(port, "approver", "approver-demo");
        String ownSubmission = Api.submittedForApproval(approver);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ownSubmission).singleResult().getId();
        assertThat(tasklistLogin("approver", "approver-demo")).isEqualTo(200);
        assertThat(tasklistCall("GET", "/task/" + taskId, null).statusCode()).isEqualTo(200); // the session sees the task

        HttpResponse<String> rewrite = tasklistCall("POST", "/task/" + taskId + "/variables",
                "{\"modifications\":{\"submitter\":{\"value\":\"manager\",\"type\":\"String\"}}}");
        HttpResponse<String> selfClaim = tasklistCall("POST", "/task/" + taskId + "/claim", "{\"userId\":\"approver\"}");

        assertThat(rewrite.statusCode()).isEqualTo(403);
        assertThat(rewrite.body()).contains("UPDATE_TASK_VARIABLE"); // refused by engine authorization, not by the web layer
        assertThat(selfClaim.body()).contains("four-eyes rule: approver submitted this submission and cannot claim its approval task");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        // a completion that brings its own variables meets the submission record, not the variables
        identity.setAuthentication("approver", List.of("approvers"));
        try {
            assertThatThrownBy(() -> tasks.complete(taskId, Map.of("submitter", "manager", "submissionId", UUID.randomUUID().toString(),
                    "approved", true, "approvalSignatureId", UUID.randomUUID().toString())))
                    .hasStackTraceContaining("four-eyes rule: approver submitted this submission and cannot approve it");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(approver.get("/api/v1/submissions/" + ownSubmission).body().path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    }

    /** A call to the engine API as Operaton's Tasklist makes it, in the session of {@link #tasklistLogin}. */
    private HttpResponse<String> tasklistCall(String method, String path, String json) throws Exception {
        String csrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/operaton/api/engine/engine/default" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", csrf)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int tasklistLogin(String username, String password) throws Exception {
        String base = "http://localhost:" + port + "/operaton";
        http.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
        String csrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build();
        return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

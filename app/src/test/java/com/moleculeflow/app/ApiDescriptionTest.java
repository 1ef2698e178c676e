package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description tells a client what the API really does. */
@RunningApplicationTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Test
    void anImportIsDescribedAsAcceptedForBackgroundWork() {
        JsonNode responses = description().path("paths").path("/api/v1/imports").path("post").path("responses");

        assertThat(responses.has("202")).isTrue();
        assertThat(responses.has("200")).isFalse();
    }

    @Test
    void signInAndHealthAreDescribedAsNeedingNoToken() {
        JsonNode paths = description().path("paths");

        assertThat(paths.path("/api/v1/auth/login").path("post").path("security").isArray()).isTrue();
        assertThat(paths.path("/api/v1/auth/login").path("post").path("security")).isEmpty();
        assertThat(paths.path("/api/v1/health").path("get").path("security")).isEmpty();
        assertThat(paths.path("/api/v1/molecules").path("get").has("security")).isFalse(); // the document's default: bearer
    }

    @Test
    void moleculesSortByTheirJsonFieldNamesAsWellAsTheShortNames() {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");

        String importId = scientist.upload("/api/v1/imports", "three.csv",
                "smiles,id\nCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC,HEAVY\nC,LIGHT\nCCCCCCCCCCCC,MID\n".getBytes()).body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));

        assertThat(masses(scientist, "averageMw,desc")).isSortedAccordingTo(Comparator.reverseOrder()).isEqualTo(masses(scientist, "mw,desc"));
        List<Double> logPs = new ArrayList<>();
        scientist.get("/api/v1/molecules?size=100&sort=logP,asc").body().path("items").forEach(m -> logPs.add(m.path("logP").asDouble()));
        assertThat(logPs).hasSizeGreaterThanOrEqualTo(3).isSorted();
    }

    private static List<Double> masses(Api user, String sort) {
        List<Double> masses = new ArrayList<>();
        user.get("/api/v1/molecules?size=100&sort=" + sort).body().path("items").forEach(m -> masses.add(m.path("averageMw").asDouble()));
        return masses;
    }

    private JsonNode description() {
        return Api.signIn(port, "scientist", "scientist-demo").get("/api/v1/openapi").body();
    }
}

package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description tells a client what the API really does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "moleculeflow.data-dir=target/test-data/${random.uuid}")
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

        assertThat(scientist.get("/api/v1/molecules?sort=averageMw,desc").status()).isEqualTo(200);
        assertThat(scientist.get("/api/v1/molecules?sort=logP,asc").status()).isEqualTo(200);
        assertThat(scientist.get("/api/v1/molecules?sort=mw,desc").status()).isEqualTo(200);
    }

    private JsonNode description() {
        return Api.signIn(port, "scientist", "scientist-demo").get("/api/v1/openapi").body();
    }
}

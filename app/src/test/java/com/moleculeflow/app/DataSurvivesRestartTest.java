package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Local mode keeps its data: what was registered before a restart is there after it, with the same ids. */
class DataSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void moleculesRegisteredBeforeARestartAreStillThereAfterIt() {
        String corporateId;
        try (ConfigurableApplicationContext first = start()) {
            Api scientist = Api.signIn(port(first), "scientist", "scientist-demo");
            String importId = scientist.upload("/api/v1/imports", "restart.csv", "smiles,id\nCCO,R-1\nCC(=O)O,R-2\n".getBytes())
                    .body().path("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));
            corporateId = scientist.get("/api/v1/molecules?sort=corporateId,asc").body().path("items").get(0).path("corporateId").asText();
        }

        try (ConfigurableApplicationContext second = start()) {
            Api scientist = Api.signIn(port(second), "scientist", "scientist-demo");
            var page = scientist.get("/api/v1/molecules?sort=corporateId,asc").body();

            assertThat(page.path("total").asLong()).isEqualTo(2);
            assertThat(page.path("items").get(0).path("corporateId").asText()).isEqualTo(corporateId);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MoleculeFlowApplication.class)
                .run("--server.port=0", "--moleculeflow.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}

package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up refuses, loudly and at once, what would otherwise corrupt data or run production on demo defaults, and
 * publishes no demo password on a real database by default.
 */
class StartupSafetyTest {

    @TempDir
    Path dataDir;

    @Test
    void productionModeWithoutADatabaseUrlFailsToStartNamingTheSetting() {
        assertThatThrownBy(() -> start("--MOLECULEFLOW_MODE=production").close())
                .hasStackTraceContaining("production mode: required setting DATABASE_URL is not set");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefused() {
        try (ConfigurableApplicationContext first = start()) {
            assertThatThrownBy(() -> start().close())
                    .hasStackTraceContaining("another MoleculeFlow is already running on data directory " + dataDir);
        }
    }

    @Test
    void demoUsersAreNotCreatedOnAnExternalDatabaseUnlessAskedFor() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = "--DATABASE_URL=postgresql://postgres:postgres@localhost:" + external.getPort() + "/postgres";
            try (ConfigurableApplicationContext app = start(url)) {
                assertThat(app.getBean(IdentityService.class).createUserQuery().userId("admin").count()).isZero();
            }
            try (ConfigurableApplicationContext app = start(url, "--DEMO_USERS=true")) {
                assertThat(app.getBean(IdentityService.class).createUserQuery().userId("admin").count()).isEqualTo(1);
            }
        }
    }

    @Test
    void productionModeRefusesDemoUsers() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> start("--MOLECULEFLOW_MODE=production", "--DEMO_USERS=true",
                    "--SECRET_KEY=" + "k".repeat(48),
                    "--DATABASE_URL=postgresql://postgres:postgres@localhost:" + external.getPort() + "/postgres").close())
                    .hasStackTraceContaining("production mode: DEMO_USERS=true is refused");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--moleculeflow.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(MoleculeFlowApplication.class).run(args);
    }
}

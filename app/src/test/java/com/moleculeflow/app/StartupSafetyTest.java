package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up refuses, loudly and at once, what would otherwise corrupt data or run production on demo defaults. */
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

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--moleculeflow.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(MoleculeFlowApplication.class).run(args);
    }
}

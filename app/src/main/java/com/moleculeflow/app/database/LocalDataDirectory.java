package com.moleculeflow.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where local mode keeps its state (embedded database, documents, key file): {@code ./data} unless
 * MOLECULEFLOW_DATA_DIR says otherwise.
 */
@ConfigurationProperties("moleculeflow")
public record LocalDataDirectory(@DefaultValue("./data") Path dataDir) {

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}

package com.moleculeflow.app.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Rows per chunk: one chunk is one external task and one database transaction. */
@ConfigurationProperties("moleculeflow.imports")
record ImportProperties(@DefaultValue("1000") int chunkSize) {
}

package com.moleculeflow.app.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** WORKERS_ENABLED=false makes a node a pure API node; the others poll for external tasks. */
@ConfigurationProperties("moleculeflow.workers")
record WorkerProperties(@DefaultValue("true") boolean enabled,
                        @DefaultValue("200") long pollIntervalMs,
                        @DefaultValue("300000") long lockDurationMs,
                        @DefaultValue("4") int maxTasks,
                        @DefaultValue("3") int retries,
                        @DefaultValue("10000") long retryBackoffMs) {
}

package com.moleculeflow.app.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * METRICS_EMF_ENABLED=true publishes the queue depth every METRICS_EMF_INTERVAL_SECONDS with ENV as its
 * {@code Environment} dimension; off by default, since a laptop does not want a JSON line a minute on its console.
 */
@ConfigurationProperties("moleculeflow.metrics.emf")
record EmfMetricProperties(@DefaultValue("false") boolean enabled,
                           @DefaultValue("60") long intervalSeconds,
                           @DefaultValue("local") String environment) {
}

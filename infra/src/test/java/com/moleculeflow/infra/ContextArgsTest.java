package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Maven entry point takes context as the CDK CLI does. */
class ContextArgsTest {

    @Test
    void readsCdkStyleContextPairs() {
        assertThat(ContextArgs.parse("-c", "env=prod", "--context", "imageTag=rc-1.2.3"))
                .isEqualTo(Map.of("env", "prod", "imageTag", "rc-1.2.3"));
    }

    @Test
    void refusesAnythingElseSayingWhatItExpects() {
        assertThatThrownBy(() -> ContextArgs.parse("env=prod")).hasMessage("unknown argument 'env=prod': use -c key=value");
        assertThatThrownBy(() -> ContextArgs.parse("-c", "=prod")).hasMessage("context must be key=value, was '=prod'");
    }
}

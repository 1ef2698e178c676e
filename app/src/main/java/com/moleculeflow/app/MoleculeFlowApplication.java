package com.moleculeflow.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one deployable: every role (web, API, workers) runs from this jar; flags turn roles off. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MoleculeFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(MoleculeFlowApplication.class, args);
    }
}

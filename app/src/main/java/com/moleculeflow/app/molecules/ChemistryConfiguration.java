package com.moleculeflow.app.molecules;

import com.moleculeflow.chemistry.CompoundAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One configured analyser for the whole application (it is thread-safe and costly to set up). */
@Configuration(proxyBeanMethods = false)
class ChemistryConfiguration {

    @Bean
    CompoundAnalyzer compoundAnalyzer() {
        return new CompoundAnalyzer();
    }
}

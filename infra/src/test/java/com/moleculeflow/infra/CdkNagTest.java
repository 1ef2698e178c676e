package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * cdk-nag's AwsSolutions pack runs on every synth (MoleculeFlowInfraApp). A finding is either fixed or suppressed
 * in code with its reason; an unsuppressed one fails here, as it fails {@code cdk synth}.
 */
class CdkNagTest {

    @Test
    void noStackHasAnUnsuppressedAwsSolutionsFinding() {
        ProdStacks.stacks().all().forEach(stack -> ProdStacks.template(s -> stack));
        assertThat(findingsOf(ProdStacks.stacks())).isEmpty();
    }

    /**
     * The smaller environments turn options off (single-AZ database and Redis, no standby site), which cdk-nag
     * judges differently: each is synthesised here too, for its findings only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "test", "staging"})
    void smallerEnvironmentsHaveNoUnsuppressedFindingEither(String environment) {
        App app = new App(AppProps.builder().context(Map.of("env", environment, "imageTag", ProdStacks.IMAGE_TAG)).build());
        MoleculeFlowStacks stacks = MoleculeFlowInfraApp.configure(app);
        app.synth();
        assertThat(findingsOf(stacks)).isEmpty();
    }

    private static List<String> findingsOf(MoleculeFlowStacks stacks) {
        List<String> findings = new ArrayList<>();
        for (Stack stack : stacks.all()) {
            Annotations annotations = Annotations.fromStack(stack);
            annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")).forEach(m -> findings.add(
                    stack.getStackName() + " error " + m.getId() + ": " + m.getEntry().getData()));
            annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")).forEach(m -> findings.add(
                    stack.getStackName() + " warning " + m.getId() + ": " + m.getEntry().getData()));
        }
        return findings;
    }

    @Test
    void everySuppressionSaysWhy() {
        List<String> suppressions = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Stack stack : ProdStacks.stacks().all()) {
            Template template = ProdStacks.template(s -> stack);
            template.toJSON().forEach((section, content) -> {
                if ("Resources".equals(section)) {
                    ((Map<?, ?>) content).forEach((id, resource) -> reasonsOf(resource).forEach((rule, reason) -> {
                        suppressions.add(stack.getStackName() + "/" + id + " " + rule);
                        if (reason.length() < 60) {
                            weak.add(stack.getStackName() + "/" + id + " " + rule + ": '" + reason + "'");
                        }
                    }));
                }
            });
        }
        // prod carries dozens (database, cache, services, standby): finding none means this test no longer reads
        // where cdk-nag records them, and the check below would pass on nothing
        assertThat(suppressions).as("cdk-nag suppressions found in the prod templates' resource metadata")
                .hasSizeGreaterThan(10);
        assertThat(weak).as("suppressions whose reason is too short to justify anything").isEmpty();
    }

    /** rule id -> reason of the cdk-nag suppressions recorded in a resource's metadata. */
    private static Map<String, String> reasonsOf(Object resource) {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        Object metadata = ((Map<?, ?>) resource).get("Metadata");
        if (metadata instanceof Map<?, ?> m && m.get("cdk_nag") instanceof Map<?, ?> nag
                && nag.get("rules_to_suppress") instanceof List<?> rules) {
            for (Object rule : rules) {
                Map<?, ?> r = (Map<?, ?>) rule;
                reasons.put(String.valueOf(r.get("id")), String.valueOf(r.get("reason")));
            }
        }
        return reasons;
    }
}

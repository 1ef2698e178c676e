package com.moleculeflow.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The image repository every environment shares. */
class ImageRegistryTest {

    private final Template registry = ProdStacks.template(MoleculeFlowStacks::registry);

    @Test
    void imagesAreImmutableScannedOnPushAndExpiredByTheSeedsTagScheme() {
        registry.hasResourceProperties("AWS::ECR::Repository", Map.of(
                "ImageTagMutability", "IMMUTABLE",
                "ImageScanningConfiguration", Map.of("ScanOnPush", true),
                "LifecyclePolicy", Map.of("LifecyclePolicyText", Match.stringLikeRegexp(".*\"rc-\".*30.*\"dev-\".*7.*\"untagged\".*"))));
    }

    @Test
    void imagesReplicateToTheDrRegion() {
        registry.hasResourceProperties("AWS::ECR::ReplicationConfiguration", Map.of("ReplicationConfiguration", Map.of(
                "Rules", List.of(Match.objectLike(Map.of("Destinations", List.of(Match.objectLike(Map.of("Region", "us-west-2")))))))));
    }
}

package com.moleculeflow.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ecr.CfnReplicationConfiguration;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.constructs.Construct;

/**
 * The one ECR repository every environment runs its image from (the pipeline builds once and promotes the same
 * digest: {@code dev-{branch}-{sha}} to dev and test, {@code rc-x.y.z} to staging, {@code x.y.z} to prod).
 * Tags are immutable; images are scanned on push; lifecycle rules expire images by the tag scheme of
 * docs/operations.md. In the primary region, the registry replicates the repository to the DR region, where a
 * second instance of this construct (without replication) holds the same rules.
 *
 * <p>Release images come first: ECR never lets a lower-priority rule expire an image a higher-priority rule
 * matched, and a promoted release carries both {@code rc-x.y.z} and {@code x.y.z}. Prefix lists are ANDed, so
 * the release rule is one rule per leading digit.
 */
public final class ImageRegistry extends Construct {

    /** The pipeline's {@code ECR_REPOSITORY} default. */
    public static final String REPOSITORY_NAME = "moleculeflow";

    public static final int RELEASE_DAYS = 365;
    public static final int RELEASE_CANDIDATE_DAYS = 30;
    public static final int DEV_DAYS = 7;
    public static final int UNTAGGED_DAYS = 1;

    /** @param replicateToRegion DR region the registry copies pushed images to, or null (the DR copy itself) */
    public record Props(String replicateToRegion) {
    }

    private final Repository repository;

    public ImageRegistry(Construct scope, String id, Props props) {
        super(scope, id);
        repository = Repository.Builder.create(this, "Repository")
                .repositoryName(REPOSITORY_NAME)
                .imageScanOnPush(true)
                .imageTagMutability(TagMutability.IMMUTABLE)
                .lifecycleRules(lifecycleRules())
                // images of releases that ran in production are records (21 CFR Part 11): never with the stack
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        if (props.replicateToRegion() != null) {
            CfnReplicationConfiguration.Builder.create(this, "ToDrRegion")
                    .replicationConfiguration(CfnReplicationConfiguration.ReplicationConfigurationProperty.builder()
                            .rules(List.of(CfnReplicationConfiguration.ReplicationRuleProperty.builder()
                                    .destinations(List.of(CfnReplicationConfiguration.ReplicationDestinationProperty.builder()
                                            .region(props.replicateToRegion())
                                            .registryId(Aws.ACCOUNT_ID)
                                            .build()))
                                    .repositoryFilters(List.of(CfnReplicationConfiguration.RepositoryFilterProperty.builder()
                                            .filter(REPOSITORY_NAME).filterType("PREFIX_MATCH").build()))
                                    .build()))
                            .build())
                    .build();
        }
        CfnOutput.Builder.create(this, "RepositoryUri").value(repository.getRepositoryUri()).build();
    }

    static List<LifecycleRule> lifecycleRules() {
        List<LifecycleRule> rules = new ArrayList<>();
        for (int digit = 0; digit <= 9; digit++) {
            rules.add(LifecycleRule.builder()
                    .rulePriority(digit + 1)
                    .description("releases " + digit + ".x.y: " + RELEASE_DAYS + " days")
                    .tagStatus(TagStatus.TAGGED)
                    .tagPrefixList(List.of(Integer.toString(digit)))
                    .maxImageAge(Duration.days(RELEASE_DAYS))
                    .build());
        }
        rules.add(LifecycleRule.builder().rulePriority(11).description("release candidates: " + RELEASE_CANDIDATE_DAYS + " days")
                .tagStatus(TagStatus.TAGGED).tagPrefixList(List.of("rc-")).maxImageAge(Duration.days(RELEASE_CANDIDATE_DAYS)).build());
        rules.add(LifecycleRule.builder().rulePriority(12).description("branch builds: " + DEV_DAYS + " days")
                .tagStatus(TagStatus.TAGGED).tagPrefixList(List.of("dev-")).maxImageAge(Duration.days(DEV_DAYS)).build());
        rules.add(LifecycleRule.builder().rulePriority(13).description("untagged: " + UNTAGGED_DAYS + " day")
                .tagStatus(TagStatus.UNTAGGED).maxImageAge(Duration.days(UNTAGGED_DAYS)).build());
        return rules;
    }

    public Repository repository() {
        return repository;
    }
}

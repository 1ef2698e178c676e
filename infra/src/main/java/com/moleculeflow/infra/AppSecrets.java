package com.moleculeflow.infra;

import java.util.List;
import java.util.stream.Collectors;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.CfnRefElement;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.ReplicaRegion;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The app's own secrets as one JSON secret with the seed's key names. {@code SECRET_KEY} is generated; the
 * integration keys start as {@code CHANGE_ME} and are set by operators ({@code aws secretsmanager put-secret-value}).
 *
 * <p>Not here, following AWS over the seed: {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} (the task role
 * gives S3 access) and {@code DATABASE_URL} credentials (they come from the rotated RDS secret as
 * {@code DATABASE_USERNAME}/{@code DATABASE_PASSWORD}, so a rotation never leaves a stale URL behind).
 */
public final class AppSecrets extends Construct {

    /** Generated at creation. */
    public static final String GENERATED_KEY = "SECRET_KEY";

    /** Set by operators after the first deploy. */
    public static final List<String> OPERATOR_KEYS = List.of(
            "AI_ENGINE_API_URL", "AI_ENGINE_API_KEY",
            "DOCUSIGN_INTEGRATION_KEY", "DOCUSIGN_USER_ID", "DOCUSIGN_BASE_URL",
            "SMTP_USER", "SMTP_PASSWORD", "SENTRY_DSN");

    private final Secret secret;

    /** @param replicaRegion region the secret is replicated to (the standby site reads it there), or null */
    public AppSecrets(Construct scope, String id, String replicaRegion) {
        super(scope, id);
        String template = OPERATOR_KEYS.stream()
                .map(key -> "\"" + key + "\":\"CHANGE_ME\"")
                .collect(Collectors.joining(",", "{", "}"));
        secret = Secret.Builder.create(this, "Secret")
                .description("MoleculeFlow application secrets (SECRET_KEY and integration credentials)")
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate(template)
                        .generateStringKey(GENERATED_KEY)
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .build())
                .replicaRegions(replicaRegion == null ? null
                        : List.of(ReplicaRegion.builder().region(replicaRegion).build()))
                .build();
        NagSuppressions.addResourceSuppressions(secret, List.of(
                NagPackSuppression.builder().id("AwsSolutions-SMG4")
                        .reason("third-party credentials (DocuSign, SMTP, AI engine, Sentry) are rotated at their "
                                + "issuer and put here by operators; rotating SECRET_KEY signs everyone out, so it is a "
                                + "planned runbook step, not a timer").build()));
    }

    public Secret secret() {
        return secret;
    }

    /**
     * The replica of a replicated secret in another region. A replica has the primary's ARN with the region
     * swapped (name and random suffix are kept), so it is derived from the primary's ARN at deploy time. The ARN is
     * read from the CloudFormation resource's {@code Ref}, not {@link ISecret#getSecretArn()}: the L2 attribute
     * insists on a physical name for any cross-region use, the raw one travels as a weak reference (a stack output).
     */
    public static ISecret replicaOf(Construct scope, String id, ISecret primary, String region) {
        String primaryArn = ((CfnRefElement) primary.getNode().getDefaultChild()).getRef();
        List<String> parts = Fn.split(":", primaryArn, 7);
        String arn = Fn.join(":", List.of(Fn.select(0, parts), Fn.select(1, parts), Fn.select(2, parts), region,
                Fn.select(4, parts), Fn.select(5, parts), Fn.select(6, parts)));
        return Secret.fromSecretCompleteArn(scope, id, arn);
    }
}

package com.moleculeflow.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;

/**
 * The CDK app. Context (CDK CLI {@code -c key=value}, cdk.json, or arguments of this main):
 *
 * <ul>
 * <li>{@code env}: {@code dev} (default), {@code test}, {@code staging}, {@code prod}: the {@link EnvironmentConfig}</li>
 * <li>{@code imageTag}: the image tag the services run (default {@code latest}; the pipeline always passes one)</li>
 * <li>{@code account}: target account (default: {@code CDK_DEFAULT_ACCOUNT}, else account-agnostic)</li>
 * <li>{@code edgeCertificateArn}: us-east-1 ACM certificate for {@code app.<domain>} on CloudFront (optional)</li>
 * </ul>
 *
 * <p>cdk-nag's AwsSolutions pack runs on every synth; an unsuppressed finding is an error annotation, which makes
 * {@code cdk synth} and {@code cdk deploy} fail, and the tests fail on it too.
 *
 * <p>Run with {@code ./mvnw -pl infra compile exec:java -Dcdk.env=prod} (writes {@code infra/target/cdk.out}), or
 * through the CDK CLI in {@code infra/} (cdk.json names this main).
 */
public final class MoleculeFlowInfraApp {

    public static final String DEFAULT_IMAGE_TAG = "latest";

    private MoleculeFlowInfraApp() {
    }

    public static void main(String[] args) {
        AppProps.Builder props = AppProps.builder().context(ContextArgs.parse(args));
        // the CLI sets CDK_OUTDIR; exec:java without the CLI passes -Dcdk.outdir (see pom.xml)
        if (System.getenv("CDK_OUTDIR") == null && System.getProperty("cdk.outdir") != null) {
            props.outdir(System.getProperty("cdk.outdir"));
        }
        App app = new App(props.build());
        configure(app);
        app.synth();
    }

    /** Adds the stacks the app's context asks for, with cdk-nag; the tests call this on their own app. */
    public static MoleculeFlowStacks configure(App app) {
        EnvironmentConfig config = EnvironmentConfig.of(context(app, "env", "dev"));
        MoleculeFlowStacks stacks = MoleculeFlowStacks.build(app, config, new MoleculeFlowStacks.Options(
                context(app, "account", System.getenv("CDK_DEFAULT_ACCOUNT")),
                context(app, "imageTag", DEFAULT_IMAGE_TAG),
                context(app, "edgeCertificateArn", null)));
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stacks;
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}

package com.moleculeflow.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The app's configuration contract on ECS: the seed's variable names (section 5, task definition example) with
 * values for this environment, plus what our app reads besides ({@code PORT}, {@code MOLECULEFLOW_MODE},
 * {@code OIDC_ISSUER_URI}, the OpenTelemetry endpoint). {@code WORKERS_ENABLED} is set per service.
 *
 * <p>{@code DATABASE_URL} carries host, port, database and {@code sslmode=require} but no credentials; they come
 * from the rotated RDS secret as {@code DATABASE_USERNAME}/{@code DATABASE_PASSWORD}.
 */
public final class AppEnvironment {

    /** Connections each task's pool holds at most (the seed's DATABASE_POOL_SIZE). */
    public static final int DATABASE_POOL_SIZE = 10;

    private AppEnvironment() {
    }

    /**
     * Where one site's app finds its backing services.
     *
     * @param region        the site's region ({@code AWS_REGION})
     * @param databaseHost  RDS endpoint address
     * @param databasePort  RDS endpoint port
     * @param redisUrl      {@code rediss://host:6379/0}
     * @param bucketName    documents bucket
     * @param oidcIssuerUri Cognito issuer
     */
    public record Endpoints(String region, String databaseHost, String databasePort, String redisUrl,
                            String bucketName, String oidcIssuerUri) {
    }

    /** The non-secret settings of both services of one site. */
    public static Map<String, String> variables(EnvironmentConfig config, Endpoints endpoints) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ENV", config.name());
        env.put("MOLECULEFLOW_MODE", "production");
        env.put("DEBUG", "0");
        env.put("PROJECT_NAME", "Molecular Data Management and CRO Integration Platform");
        env.put("API_V1_STR", "/api/v1");
        env.put("PORT", Integer.toString(AppServices.APP_PORT));
        env.put("DATABASE_URL", "postgresql://" + endpoints.databaseHost() + ":" + endpoints.databasePort() + "/"
                + Database.DATABASE_NAME + "?sslmode=require");
        env.put("DATABASE_MAX_CONNECTIONS", "20");
        env.put("DATABASE_POOL_SIZE", Integer.toString(DATABASE_POOL_SIZE));
        env.put("DATABASE_POOL_OVERFLOW", "10");
        env.put("REDIS_URL", endpoints.redisUrl());
        env.put("S3_BUCKET_NAME", endpoints.bucketName());
        env.put("AWS_REGION", endpoints.region());
        env.put("ACCESS_TOKEN_EXPIRE_MINUTES", "15");
        env.put("REFRESH_TOKEN_EXPIRE_DAYS", "7");
        env.put("PAGINATION_DEFAULT_PAGE", "1");
        env.put("PAGINATION_DEFAULT_PAGE_SIZE", "50");
        env.put("PAGINATION_MAX_PAGE_SIZE", "100");
        env.put("LOG_LEVEL", "INFO");
        // the queue depth the worker service scales on, as an Embedded Metric Format line a minute (Monitoring)
        env.put("METRICS_EMF_ENABLED", "true");
        env.put("OIDC_ISSUER_URI", endpoints.oidcIssuerUri());
        // the ADOT collector sidecar listens here and forwards traces to X-Ray
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317");
        env.put("OTEL_TRACES_EXPORTER", "otlp");
        env.put("OTEL_PROPAGATORS", "tracecontext,baggage,xray");
        return env;
    }

    /**
     * @param appSecrets    the JSON secret of {@link AppSecrets}
     * @param databaseCredentials the RDS secret ({@code username}, {@code password})
     * @param redisAuth     the Redis AUTH token
     */
    public static Map<String, Secret> secrets(ISecret appSecrets, ISecret databaseCredentials, ISecret redisAuth) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        secrets.put(AppSecrets.GENERATED_KEY, Secret.fromSecretsManager(appSecrets, AppSecrets.GENERATED_KEY));
        AppSecrets.OPERATOR_KEYS.forEach(key -> secrets.put(key, Secret.fromSecretsManager(appSecrets, key)));
        secrets.put("DATABASE_USERNAME", Secret.fromSecretsManager(databaseCredentials, "username"));
        secrets.put("DATABASE_PASSWORD", Secret.fromSecretsManager(databaseCredentials, "password"));
        secrets.put("REDIS_PASSWORD", Secret.fromSecretsManager(redisAuth));
        return secrets;
    }
}

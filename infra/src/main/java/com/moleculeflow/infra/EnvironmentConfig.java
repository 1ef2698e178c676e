package com.moleculeflow.infra;

import java.util.List;
import java.util.Locale;

import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Everything that differs between dev, test, staging and prod. Besides it, the stacks read only the context values
 * {@code imageTag}, {@code account} and {@code edgeCertificateArn} (MoleculeFlowInfraApp), so the tests synthesise
 * one environment and check the others here, as plain values.
 *
 * <p>Production values follow the seed's tables (sections 3 and 5): API 2-20 tasks of 1 vCPU / 2 GiB, workers
 * 2-50, RDS {@code db.r5.2xlarge} Multi-AZ. The smaller environments shrink sizes and counts, never the shape.
 *
 * @param name               environment name, used in stack names and tags
 * @param primaryRegion      region that serves traffic
 * @param drRegion           disaster-recovery region: replica bucket, backup copies, failover target
 * @param availabilityZones  three named zones of the primary region (an environment-agnostic stack sees only two)
 * @param standby            the warm-standby site in the DR region (network, database replica, Redis, services at
 *                           zero tasks, load balancer), or null where the DR region only holds copies of the data
 * @param vpcCidr            VPC address range
 * @param natGateways        one per zone in production, one in dev to save cost
 * @param domainName         DNS zone of the environment; the app is {@code app.<domain>}, the origin {@code origin.<domain>}
 * @param database           RDS settings
 * @param cache              ElastiCache settings
 * @param api                API service (web + API) task size and counts
 * @param worker             worker service task size and counts
 * @param logRetention       CloudWatch Logs retention for container, flow and trail logs
 * @param scheduleTimeZone   IANA zone of the business-hours scheduled scaling
 * @param wafRequestsPer5Min requests one client IP may send in 5 minutes before the WAF rate rule blocks it
 */
public record EnvironmentConfig(
        String name,
        String primaryRegion,
        String drRegion,
        List<String> availabilityZones,
        Standby standby,
        String vpcCidr,
        int natGateways,
        String domainName,
        DatabaseSettings database,
        CacheSettings cache,
        ServiceSize api,
        ServiceSize worker,
        RetentionDays logRetention,
        String scheduleTimeZone,
        int wafRequestsPer5Min) {

    /**
     * The DR region's standby site. Its services run zero tasks until an operator promotes the database replica
     * (docs/operations.md, "Fail over"): the app cannot start on a read-only replica.
     *
     * @param availabilityZones three named zones of the DR region
     * @param vpcCidr           VPC range, distinct from the primary's so the two can be peered later
     * @param natGateways       NAT gateways while standing by
     */
    public record Standby(List<String> availabilityZones, String vpcCidr, int natGateways) {
    }

    /**
     * @param instanceType          RDS class without the {@code db.} prefix, e.g. {@code r5.2xlarge}
     * @param multiAz               standby in a second zone
     * @param allocatedStorageGiB   initial gp3 storage
     * @param maxAllocatedStorageGiB storage autoscaling ceiling (the seed: 1 TB initial, 10+ TB expandable)
     * @param backupRetentionDays   automated backups and the AWS Backup copies in the DR region
     * @param deletionProtection    refuse to delete the instance
     */
    public record DatabaseSettings(String instanceType, boolean multiAz, int allocatedStorageGiB,
                                   int maxAllocatedStorageGiB, int backupRetentionDays, boolean deletionProtection) {
    }

    /**
     * @param nodeType node class, e.g. {@code cache.r6g.large}
     * @param replicas read replicas besides the primary; at least one turns on Multi-AZ automatic failover
     */
    public record CacheSettings(String nodeType, int replicas) {
        public boolean multiAz() {
            return replicas > 0;
        }
    }

    /**
     * Fargate task size and the seed's minimum/maximum instances; the desired count at deploy time is the minimum.
     *
     * @param cpu       task CPU units (1024 = 1 vCPU)
     * @param memoryMiB task memory
     * @param minTasks  scaling floor and initial desired count
     * @param maxTasks  scaling ceiling
     */
    public record ServiceSize(int cpu, int memoryMiB, int minTasks, int maxTasks) {
        public ServiceSize {
            if (minTasks < 1 || maxTasks < minTasks) {
                throw new IllegalArgumentException("need 1 <= minTasks <= maxTasks, got " + minTasks + ".." + maxTasks);
            }
        }
    }

    public EnvironmentConfig {
        // the seed's "at least 3 availability zones"; CDK would silently use fewer
        if (availabilityZones.size() != 3 || (standby != null && standby.availabilityZones().size() != 3)) {
            throw new IllegalArgumentException(name + ": name exactly three availability zones per region");
        }
        // the edge stack holds the CloudFront-scope WebACL and CloudFront's certificate, which exist only there
        if (!"us-east-1".equals(primaryRegion)) {
            throw new IllegalArgumentException(name + ": the primary region must be us-east-1 (CloudFront's WAF and "
                    + "certificates live there), got " + primaryRegion);
        }
        if (natGateways < 1 || natGateways > availabilityZones.size()) {
            throw new IllegalArgumentException(name + ": between 1 and 3 NAT gateways, got " + natGateways);
        }
    }

    /** The environment names {@link #of(String)} accepts. */
    public static final List<String> NAMES = List.of("dev", "test", "staging", "prod");

    /** Settings of a named environment; the name is case-insensitive. */
    public static EnvironmentConfig of(String name) {
        String env = name == null ? "dev" : name.trim().toLowerCase(Locale.ROOT);
        return switch (env) {
            // dev and test hold synthetic data: no standby site, single-AZ database, one NAT gateway
            case "dev" -> new EnvironmentConfig("dev", "us-east-1", "us-west-2", zones("us-east-1"), null,
                    "10.10.0.0/16", 1, "dev.moleculeflow.example.com",
                    new DatabaseSettings("t4g.large", false, 50, 200, 7, false),
                    new CacheSettings("cache.t4g.small", 0),
                    new ServiceSize(1024, 2048, 1, 2),
                    new ServiceSize(1024, 2048, 1, 4),
                    RetentionDays.TWO_WEEKS, "America/New_York", 2000);
            case "test" -> new EnvironmentConfig("test", "us-east-1", "us-west-2", zones("us-east-1"), null,
                    "10.20.0.0/16", 1, "test.moleculeflow.example.com",
                    new DatabaseSettings("r5.large", false, 100, 500, 7, false),
                    new CacheSettings("cache.t4g.medium", 1),
                    new ServiceSize(1024, 2048, 2, 6),
                    new ServiceSize(2048, 4096, 2, 10),
                    RetentionDays.ONE_MONTH, "America/New_York", 5000);
            // staging has prod's shape, smaller, including a standby site to rehearse fail-over on
            case "staging" -> new EnvironmentConfig("staging", "us-east-1", "us-west-2", zones("us-east-1"),
                    new Standby(zones("us-west-2"), "10.31.0.0/16", 1),
                    "10.30.0.0/16", 3, "staging.moleculeflow.example.com",
                    new DatabaseSettings("r5.xlarge", true, 200, 2000, 14, true),
                    new CacheSettings("cache.r6g.large", 1),
                    new ServiceSize(1024, 2048, 2, 10),
                    new ServiceSize(2048, 4096, 2, 20),
                    RetentionDays.THREE_MONTHS, "America/New_York", 2000);
            // the seed's figures: API 2-20 x (1 vCPU, 2 GiB), workers 2-50, db.r5.2xlarge Multi-AZ
            case "prod" -> new EnvironmentConfig("prod", "us-east-1", "us-west-2", zones("us-east-1"),
                    new Standby(zones("us-west-2"), "10.41.0.0/16", 1),
                    "10.40.0.0/16", 3, "moleculeflow.example.com",
                    new DatabaseSettings("r5.2xlarge", true, 1000, 10000, 35, true),
                    new CacheSettings("cache.r6g.large", 2),
                    new ServiceSize(1024, 2048, 2, 20),
                    new ServiceSize(2048, 4096, 2, 50),
                    RetentionDays.ONE_YEAR, "America/New_York", 2000);
            default -> throw new IllegalArgumentException(
                    "unknown environment '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }

    /** Prefix of stack names, e.g. {@code MoleculeFlow-prod}. */
    public String stackPrefix() {
        return "MoleculeFlow-" + name;
    }

    /** Public host name of the app (CloudFront). */
    public String appDomainName() {
        return "app." + domainName;
    }

    /** Host name CloudFront uses to reach the origin: a Route 53 failover record, primary ALB or DR. */
    public String originDomainName() {
        return "origin." + domainName;
    }

    /** Host name of the standby site's load balancer, the failover target of {@link #originDomainName()}. */
    public String drOriginDomainName() {
        return "origin-dr." + domainName;
    }

    /** Whether the DR region runs a standby site (otherwise it holds only the data copies). */
    public boolean hasStandby() {
        return standby != null;
    }

    private static List<String> zones(String region) {
        return List.of(region + "a", region + "b", region + "c");
    }
}

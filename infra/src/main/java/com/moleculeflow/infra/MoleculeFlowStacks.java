package com.moleculeflow.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CrossStackReferences;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.ReferenceStrength;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * One environment's stacks, in deploy order.
 *
 * <ul>
 * <li>{@code MoleculeFlow-Registry-Dr}, {@code MoleculeFlow-Registry}: the image repository every environment
 *     shares, in the DR region and the primary region (which replicates into the former). No environment in
 *     their names or templates, so deploying any environment leaves them unchanged.</li>
 * <li>{@code MoleculeFlow-<env>-DrStore} (DR region): key, documents replica, backup vault.</li>
 * <li>Primary region: {@code -Network} (VPC, endpoints, flow logs, hosted zone, certificate), {@code -Data}
 *     (PostgreSQL, backups with DR copy, Redis, documents, app secrets), {@code -Identity} (Cognito),
 *     {@code -Compute} (ECS services, load balancer, blue/green, scaling), {@code -Edge} (WAF, CloudFront, Route 53
 *     failover), {@code -Operations} (alarms, dashboard, CloudTrail).</li>
 * <li>{@code MoleculeFlow-<env>-Standby} (DR region, where configured): the warm-standby site.</li>
 * </ul>
 *
 * <p>References between stacks of one region are strong (CloudFormation exports: a producer cannot be deleted
 * under its consumers). References across regions are weak ({@code Fn::GetStackOutput}, read at deploy time): no
 * custom resources. The DR region's resources run without the primary region; updating the DR stacks needs it.
 *
 * @param standby the standby site's stack, or null
 */
public record MoleculeFlowStacks(Stack drRegistry, Stack registry, Stack drStore, Stack network, Stack data,
                                 Stack identity, Stack compute, Stack edge, Stack operations, Stack standby) {

    /** Prefix of the environment-independent stacks. */
    public static final String SHARED_PREFIX = "MoleculeFlow";

    /**
     * @param options deploy-time choices that are not per-environment settings
     */
    public static MoleculeFlowStacks build(Construct app, EnvironmentConfig config, Options options) {
        Environment primaryEnv = Environment.builder().account(options.account()).region(config.primaryRegion()).build();
        Environment drEnv = Environment.builder().account(options.account()).region(config.drRegion()).build();
        String prefix = config.stackPrefix();

        Stack drRegistryStack = stack(app, SHARED_PREFIX + "-Registry-Dr", drEnv, null,
                "image repository, DR region copy (shared by all environments)");
        ImageRegistry drRegistry = new ImageRegistry(drRegistryStack, "Images", new ImageRegistry.Props(null));
        Stack registryStack = stack(app, SHARED_PREFIX + "-Registry", primaryEnv, null,
                "image repository (shared by all environments)");
        // ECR replication would create the DR repository itself, without lifecycle rules, if it came first
        registryStack.addStackDependency(drRegistryStack, "the DR repository exists before replication writes to it");
        ImageRegistry registry = new ImageRegistry(registryStack, "Images", new ImageRegistry.Props(config.drRegion()));

        Stack drStoreStack = stack(app, prefix + "-DrStore", drEnv, config, "DR region: documents replica, backup vault, key");
        DisasterRecoveryStore drStore = new DisasterRecoveryStore(drStoreStack, "Store", config.name());

        Stack networkStack = stack(app, prefix + "-Network", primaryEnv, config, "VPC, endpoints, flow logs, DNS zone");
        Network network = new Network(networkStack, "Network", Network.Props.primary(config));
        DomainZone domain = new DomainZone(networkStack, "Domain", DomainZone.Props.from(config));

        Stack dataStack = stack(app, prefix + "-Data", primaryEnv, config, "PostgreSQL, backups, Redis, documents, secrets");
        String standbyRegion = config.hasStandby() ? config.drRegion() : null;
        Database database = new Database(dataStack, "Database", new Database.Props("moleculeflow-" + config.name(),
                network.vpc(), config.database(), config.logRetention(), standbyRegion));
        new DatabaseBackup(dataStack, "DatabaseBackup", new DatabaseBackup.Props(database.instance(), database.key(),
                config.database().backupRetentionDays(), drStore.vault().getBackupVaultArn()));
        Cache cache = new Cache(dataStack, "Cache", new Cache.Props(network.vpc(), config.cache()));
        DocumentStorage storage = new DocumentStorage(dataStack, "Storage", new DocumentStorage.Props(
                drStore.documentsReplicaArn(), drStore.key().getKeyArn()));
        AppSecrets appSecrets = new AppSecrets(dataStack, "AppSecrets", standbyRegion);
        output(dataStack, "DocumentsBucket", storage.documents().getBucketName());
        output(dataStack, "AppSecretArn", appSecrets.secret().getSecretArn());
        output(dataStack, "DatabaseSecretArn", database.secret().getSecretArn());
        output(dataStack, "DatabaseIdentifier", database.instance().getInstanceIdentifier());

        Stack identityStack = stack(app, prefix + "-Identity", primaryEnv, config, "Cognito user pool");
        UserDirectory users = new UserDirectory(identityStack, "Users", new UserDirectory.Props(config.appDomainName()));
        output(identityStack, "UserPoolId", users.userPool().getUserPoolId());

        Stack computeStack = stack(app, prefix + "-Compute", primaryEnv, config,
                "ECS Fargate services, load balancer, deployments, scaling");
        AppServices services = site(computeStack, config, false, new Site(network.vpc(), registry.repository(),
                options.imageTag(), domain.originCertificate(), storage.accessLogs(), storage.documents(),
                new AppEnvironment.Endpoints(config.primaryRegion(), database.instance().getDbInstanceEndpointAddress(),
                        database.instance().getDbInstanceEndpointPort(), cache.url(),
                        storage.documents().getBucketName(), users.issuerUri()),
                AppEnvironment.secrets(appSecrets.secret(), database.secret(), cache.authToken())));
        for (var service : List.of(services.api(), services.worker())) {
            database.allowFrom(service, "PostgreSQL from " + service.getNode().getId());
            cache.allowFrom(service, "Redis from " + service.getNode().getId());
        }

        Stack edgeStack = stack(app, prefix + "-Edge", primaryEnv, config, "WAF, CloudFront, Route 53 failover");
        new WebFirewall(edgeStack, "OriginFirewall", new WebFirewall.Props(WebFirewall.Placement.ORIGIN,
                services.loadBalancer().getLoadBalancerArn(), config.wafRequestsPer5Min()));
        WebFirewall edgeFirewall = new WebFirewall(edgeStack, "EdgeFirewall", new WebFirewall.Props(
                WebFirewall.Placement.EDGE, null, config.wafRequestsPer5Min()));
        ICertificate edgeCertificate = options.edgeCertificateArn() == null ? null
                : Certificate.fromCertificateArn(edgeStack, "EdgeCertificate", options.edgeCertificateArn());
        Edge edge = new Edge(edgeStack, "Edge", new Edge.Props(domain.zone(), services.loadBalancer(),
                config.originDomainName(), config.hasStandby() ? config.drOriginDomainName() : null,
                config.appDomainName(), edgeCertificate, storage.accessLogs(), edgeFirewall.webAcl().getAttrArn()));
        output(edgeStack, "AppUrl", "https://" + (edgeCertificate == null
                ? edge.distribution().getDistributionDomainName() : config.appDomainName()));

        Stack operationsStack = stack(app, prefix + "-Operations", primaryEnv, config, "alarms, dashboard, CloudTrail");
        new Monitoring(operationsStack, "Monitoring", Monitoring.Props.of(config, services.loadBalancer(),
                services.api(), services.worker(), database.instance(), edge.healthCheck().getAttrHealthCheckId()));
        new AuditTrail(operationsStack, "Audit", new AuditTrail.Props(storage.documents(), storage.accessLogs(),
                config.logRetention()));

        Stack standbyStack = null;
        if (config.hasStandby()) {
            // everything this stack reads from the primary region crosses regions: weak references throughout
            standbyStack = stack(app, prefix + "-Standby", drEnv, config,
                    "DR region standby site: database replica, Redis, services at zero tasks, load balancer",
                    ReferenceStrength.WEAK);
            Network standbyNetwork = new Network(standbyStack, "Network", Network.Props.standby(config));
            StandbyOrigin origin = new StandbyOrigin(standbyStack, "Origin", new StandbyOrigin.Props(
                    HostedZone.fromHostedZoneAttributes(standbyStack, "Zone", HostedZoneAttributes.builder()
                            .hostedZoneId(domain.zone().getHostedZoneId()).zoneName(config.domainName()).build()),
                    config.originDomainName(), config.drOriginDomainName()));
            DatabaseReplica replica = new DatabaseReplica(standbyStack, "Database", new DatabaseReplica.Props(
                    "moleculeflow-" + config.name() + "-replica", standbyNetwork.vpc(), database.instance(),
                    config.primaryRegion(), config.database(), drStore.key(), config.logRetention()));
            Cache standbyCache = new Cache(standbyStack, "Cache", new Cache.Props(standbyNetwork.vpc(), config.cache()));
            AppServices standbyServices = site(standbyStack, config, true, new Site(standbyNetwork.vpc(),
                    drRegistry.repository(), options.imageTag(), origin.certificate(), drStore.accessLogs(),
                    drStore.documentsReplica(),
                    new AppEnvironment.Endpoints(config.drRegion(), replica.instance().getDbInstanceEndpointAddress(),
                            replica.instance().getDbInstanceEndpointPort(), standbyCache.url(),
                            drStore.documentsReplica().getBucketName(), users.issuerUri()),
                    AppEnvironment.secrets(
                            AppSecrets.replicaOf(standbyStack, "AppSecretReplica", appSecrets.secret(), config.drRegion()),
                            AppSecrets.replicaOf(standbyStack, "DatabaseSecretReplica", database.secret(), config.drRegion()),
                            standbyCache.authToken())));
            for (var service : List.of(standbyServices.api(), standbyServices.worker())) {
                replica.allowFrom(service, "PostgreSQL from " + service.getNode().getId());
                standbyCache.allowFrom(service, "Redis from " + service.getNode().getId());
            }
            origin.pointAt(standbyServices.loadBalancer());
            new WebFirewall(standbyStack, "OriginFirewall", new WebFirewall.Props(WebFirewall.Placement.ORIGIN,
                    standbyServices.loadBalancer().getLoadBalancerArn(), config.wafRequestsPer5Min()));
            new Monitoring(standbyStack, "Monitoring", Monitoring.Props.of(config, standbyServices.loadBalancer(),
                    standbyServices.api(), standbyServices.worker(), replica.instance(), null));
            output(standbyStack, "DatabaseReplicaIdentifier", replica.instance().getInstanceIdentifier());
        }

        return new MoleculeFlowStacks(drRegistryStack, registryStack, drStoreStack, networkStack, dataStack,
                identityStack, computeStack, edgeStack, operationsStack, standbyStack);
    }

    /** Every stack, in deploy order. */
    public List<Stack> all() {
        List<Stack> all = new ArrayList<>(List.of(drRegistry, registry, drStore, network, data, identity, compute,
                edge, operations));
        if (standby != null) {
            all.add(standby);
        }
        return all;
    }

    /**
     * @param account            target account, or null for an account-agnostic synth (the CLI's credentials decide)
     * @param imageTag           image tag the services start with
     * @param edgeCertificateArn us-east-1 ACM certificate for {@code app.<domain>}, or null
     */
    public record Options(String account, String imageTag, String edgeCertificateArn) {
    }

    /** What differs between the primary and the standby site's services. */
    private record Site(IVpc vpc, IRepository repository, String imageTag, ICertificate certificate,
                        IBucket accessLogs, IBucket documents, AppEnvironment.Endpoints endpoints,
                        Map<String, Secret> secrets) {
    }

    /** The services, their scaling and the outputs the pipeline's environment variables come from. */
    private static AppServices site(Stack stack, EnvironmentConfig config, boolean standby, Site site) {
        AppServices services = new AppServices(stack, "App", new AppServices.Props(config, site.vpc(),
                site.repository(), site.imageTag(), site.certificate(), site.accessLogs(),
                AppEnvironment.variables(config, site.endpoints()), site.secrets(), site.documents(), standby));
        new ServiceScaling(stack, "Scaling", new ServiceScaling.Props(config, services.api(), services.worker(),
                services.blueTargetGroup(), services.greenTargetGroup(), standby));
        output(stack, "ClusterName", services.cluster().getClusterName());
        output(stack, "ApiServiceName", services.api().getServiceName());
        output(stack, "WorkerServiceName", services.worker().getServiceName());
        output(stack, "CodeDeployApplication", services.deploymentGroup().getApplication().getApplicationName());
        output(stack, "CodeDeployDeploymentGroup", services.deploymentGroup().getDeploymentGroupName());
        output(stack, "LoadBalancerDnsName", services.loadBalancer().getLoadBalancerDnsName());
        return services;
    }

    private static void output(Stack stack, String id, String value) {
        CfnOutput.Builder.create(stack, id).value(value).build();
    }

    /**
     * @param config the environment the stack belongs to (tagged with it), or null for a shared stack
     */
    private static Stack stack(Construct app, String id, Environment env, EnvironmentConfig config, String description) {
        // same-region references stay CloudFormation exports; said explicitly, so CDK does not pick a default
        return stack(app, id, env, config, description, ReferenceStrength.STRONG);
    }

    private static Stack stack(Construct app, String id, Environment env, EnvironmentConfig config, String description,
                               ReferenceStrength consumes) {
        Stack stack = new Stack(app, id, StackProps.builder().env(env).description("MoleculeFlow: " + description).build());
        CrossStackReferences.of(stack).consume(consumes);
        Tags.of(stack).add("Project", "MoleculeFlow");
        if (config != null) {
            Tags.of(stack).add("Environment", config.name());
        }
        return stack;
    }
}

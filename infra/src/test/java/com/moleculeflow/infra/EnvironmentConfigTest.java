package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The environments differ only by these values; the stacks read nothing else. Prod carries the seed's figures, the
 * others shrink sizes and counts, never the shape.
 */
class EnvironmentConfigTest {

    @Test
    void prodHasTheSeedsFigures() {
        EnvironmentConfig prod = EnvironmentConfig.of("prod");
        assertThat(prod.api()).isEqualTo(new EnvironmentConfig.ServiceSize(1024, 2048, 2, 20));
        assertThat(prod.worker().minTasks()).isEqualTo(2);
        assertThat(prod.worker().maxTasks()).isEqualTo(50);
        assertThat(prod.database().instanceType()).isEqualTo("r5.2xlarge");
        assertThat(prod.database().multiAz()).isTrue();
        assertThat(prod.database().deletionProtection()).isTrue();
        assertThat(prod.natGateways()).isEqualTo(3);
        assertThat(prod.cache().multiAz()).isTrue();
        assertThat(prod.hasStandby()).isTrue();
    }

    @ParameterizedTest(name = "{0}: primary {1}, DR {2}, standby {3}, multi-AZ database {4}, NAT {5}, API {6}..{7}, workers {8}..{9}")
    @CsvSource({
            "dev,     us-east-1, us-west-2, false, false, 1, 1, 2,  1, 4",
            "test,    us-east-1, us-west-2, false, false, 1, 2, 6,  2, 10",
            "staging, us-east-1, us-west-2, true,  true,  3, 2, 10, 2, 20",
            "prod,    us-east-1, us-west-2, true,  true,  3, 2, 20, 2, 50"})
    void eachEnvironmentHasItsSizesAndRegions(String name, String primary, String dr, boolean standby, boolean multiAz,
                                             int nat, int apiMin, int apiMax, int workerMin, int workerMax) {
        EnvironmentConfig config = EnvironmentConfig.of(name);
        assertThat(config.name()).isEqualTo(name);
        assertThat(config.primaryRegion()).isEqualTo(primary);
        assertThat(config.drRegion()).isEqualTo(dr);
        assertThat(config.hasStandby()).isEqualTo(standby);
        assertThat(config.database().multiAz()).isEqualTo(multiAz);
        assertThat(config.natGateways()).isEqualTo(nat);
        assertThat(List.of(config.api().minTasks(), config.api().maxTasks(), config.worker().minTasks(), config.worker().maxTasks()))
                .containsExactly(apiMin, apiMax, workerMin, workerMax);
        assertThat(config.stackPrefix()).isEqualTo("MoleculeFlow-" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test", "staging", "prod"})
    void everyEnvironmentNamesThreeZonesPerRegionAndItsOwnAddressRange(String name) {
        EnvironmentConfig config = EnvironmentConfig.of(name);
        assertThat(config.availabilityZones()).hasSize(3).allSatisfy(zone -> assertThat(zone).startsWith(config.primaryRegion()));
        if (config.hasStandby()) {
            assertThat(config.standby().availabilityZones()).hasSize(3).allSatisfy(zone -> assertThat(zone).startsWith(config.drRegion()));
            assertThat(config.standby().vpcCidr()).isNotEqualTo(config.vpcCidr());
        }
        assertThat(EnvironmentConfig.NAMES.stream().filter(other -> !other.equals(name))
                .map(other -> EnvironmentConfig.of(other).vpcCidr())).doesNotContain(config.vpcCidr());
    }

    @Test
    void environmentNamesAreCaseInsensitiveAndDevIsTheDefault() {
        assertThat(EnvironmentConfig.of(" PROD ").name()).isEqualTo("prod");
        assertThat(EnvironmentConfig.of(null).name()).isEqualTo("dev");
    }

    @Test
    void anUnknownEnvironmentIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> EnvironmentConfig.of("production"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown environment 'production': use one of dev, test, staging, prod");
    }

    @Test
    void fewerThanThreeZonesAreRefusedBecauseCdkWouldSilentlyUseFewer() {
        EnvironmentConfig dev = EnvironmentConfig.of("dev");
        assertThatThrownBy(() -> new EnvironmentConfig("x", "us-east-1", "us-west-2", List.of("us-east-1a", "us-east-1b"),
                null, "10.0.0.0/16", 1, "x.example.com", dev.database(), dev.cache(), dev.api(), dev.worker(),
                dev.logRetention(), dev.scheduleTimeZone(), 2000))
                .hasMessage("x: name exactly three availability zones per region");
    }

    @Test
    void aServiceCannotScaleBelowOneTaskOrBelowItsMinimum() {
        assertThatThrownBy(() -> new EnvironmentConfig.ServiceSize(1024, 2048, 0, 2))
                .hasMessage("need 1 <= minTasks <= maxTasks, got 0..2");
        assertThatThrownBy(() -> new EnvironmentConfig.ServiceSize(1024, 2048, 3, 2))
                .hasMessage("need 1 <= minTasks <= maxTasks, got 3..2");
    }

    @Test
    void afterHoursHalveTheCeilingButKeepTheFloorAndTheBatchWindowDoublesTheFloor() {
        EnvironmentConfig.ServiceSize workers = EnvironmentConfig.of("prod").worker();
        assertThat(ServiceScaling.businessHours(workers)).isEqualTo(new ServiceScaling.Capacity(2, 50));
        assertThat(ServiceScaling.afterHours(workers)).isEqualTo(new ServiceScaling.Capacity(2, 25));
        assertThat(ServiceScaling.batchWindow(workers)).isEqualTo(new ServiceScaling.Capacity(4, 50));
        // odd ceilings round up, so half of 5 is 3 tasks, never fewer than the floor
        assertThat(ServiceScaling.afterHours(new EnvironmentConfig.ServiceSize(1024, 2048, 2, 5)))
                .isEqualTo(new ServiceScaling.Capacity(2, 3));
    }
}

package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moleculeflow.app.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part 11: an audit event, once written, can be neither changed nor deleted, not even with direct SQL. */
@RunningApplicationTest
class AuditTrailIsAppendOnlyTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEvents() {
        audit.record("inspector-test", "TEST_EVENT", "test", "append-only-1", "original");

        assertThatThrownBy(() -> jdbc.sql("update audit_events set details = 'forged' where entity_id = 'append-only-1'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events where entity_id = 'append-only-1'").update())
                .hasMessageContaining("append-only");
        assertThat(audit.forEntity("append-only-1")).singleElement()
                .satisfies(event -> assertThat(event.details()).isEqualTo("original"));
    }
}

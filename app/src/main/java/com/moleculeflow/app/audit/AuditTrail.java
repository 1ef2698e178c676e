package com.moleculeflow.app.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so a change and its audit event
 * commit or roll back together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final HistoryService history;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, HistoryService history) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.history = history;
    }

    /** One event about one record, for {@link #recordAll}. */
    public record Entry(String action, String entityType, String entityId, String details) {
    }

    /** Many events by one actor in one round trip: an import chunk registers up to a thousand records at once. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(String actor, List<Entry> entries) {
        jdbcTemplate.batchUpdate("insert into audit_events (actor, action, entity_type, entity_id, details) values (?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[] {actor, e.action(), e.entityType(), e.entityId(), e.details()}).toList());
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String entityType, String entityId, String details) {
        recordWithReason(actor, action, entityType, entityId, details, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordWithReason(String actor, String action, String entityType, String entityId, String details, String reason) {
        jdbc.sql("insert into audit_events (actor, action, entity_type, entity_id, details, reason) values (?, ?, ?, ?, ?, ?)")
                .params(actor, action, entityType, entityId, details, reason).update();
    }

    /**
     * Records a refused attempt (wrong password, four-eyes violation) in its own transaction, so the evidence
     * survives the rollback of the attempt itself.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String entityType, String entityId, String details) {
        recordWithReason(actor, action, entityType, entityId, details, null);
    }

    /** Every event about one record, oldest first, with the engine's history when the record is a process instance. */
    public List<AuditEvent> forEntity(String entityId) {
        List<AuditEvent> events = new ArrayList<>(jdbc.sql("""
                        select occurred_at, actor, action, entity_type, entity_id, details, reason
                        from audit_events where entity_id = ? order by occurred_at, id""")
                .param(entityId)
                .query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), "moleculeflow"))
                .list());
        events.addAll(engineHistory(entityId));
        events.sort(Comparator.comparing(AuditEvent::occurredAt));
        return events;
    }

    /** Recent events across all records, newest first. */
    public List<AuditEvent> recent(int limit) {
        return jdbc.sql("""
                        select occurred_at, actor, action, entity_type, entity_id, details, reason
                        from audit_events order by occurred_at desc, id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), "moleculeflow"))
                .list();
    }

    private List<AuditEvent> engineHistory(String businessKey) {
        List<AuditEvent> events = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            String type = "process:" + instance.getProcessDefinitionKey();
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (activity.getActivityName() == null) {
                    continue;
                }
                // the engine starts activities; only a user task's end is a person's act (its assignee completed it)
                events.add(engineEvent(activity.getStartTime(), null, "ACTIVITY_STARTED", type, businessKey,
                        activity.getActivityType() + " '" + activity.getActivityName() + "' (" + activity.getActivityId() + ")"));
                if (activity.getEndTime() != null) {
                    events.add(engineEvent(activity.getEndTime(), activity.getAssignee(), "ACTIVITY_ENDED", type, businessKey,
                            activity.getActivityType() + " '" + activity.getActivityName() + "' (" + activity.getActivityId() + ")"));
                }
            }
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()) {
                if (task.getEndTime() != null) {
                    events.add(engineEvent(task.getEndTime(), task.getAssignee(), "TASK_" + String.valueOf(task.getDeleteReason()).toUpperCase(),
                            type, businessKey, "user task '" + task.getName() + "'"));
                }
            }
        }
        return events;
    }

    private static AuditEvent engineEvent(Date at, String actor, String action, String type, String id, String details) {
        return new AuditEvent(new Timestamp(at.getTime()).toInstant(), actor == null ? "engine" : actor, action, type, id, details, null, "engine");
    }
}

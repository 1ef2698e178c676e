package com.moleculeflow.app.submissions;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads submissions as a user may see them: a CRO user only those sent to their organisation. */
@Repository
public class Submissions {

    private static final String COLUMNS = """
            s.id, s.title, s.cro_organisation_id, o.name, s.assay, s.status, s.created_by, s.created_at, s.submitted_at,
            s.decided_by, s.decided_at, s.decision_comment, s.completed_at, s.process_instance_id
            from submissions s join organisations o on o.id = s.cro_organisation_id""";

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Submission visible(UUID id, CurrentUser user) {
        Submission submission = get(id);
        if (user.croUser() && !(submission.croOrganisationId().equals(user.organisationId()) && submission.status().visibleToCro())) {
            throw DomainException.notFound("Submission", id);
        }
        return submission;
    }

    public List<Submission> visibleTo(CurrentUser user) {
        String where = user.croUser()
                ? " where s.cro_organisation_id = ? and s.status in ('SENT_TO_CRO', 'RESULTS_RETURNED', 'COMPLETED')" : "";
        List<Object> params = user.croUser() ? List.of(user.organisationId()) : List.of();
        Map<UUID, List<Submission.Item>> items = new HashMap<>();
        jdbc.sql("""
                        select i.submission_id, i.batch_id, i.parent_id, i.parent_corporate_id, i.batch_corporate_id, i.external_id
                        from submission_items i join submissions s on s.id = i.submission_id""" + where + " order by i.batch_corporate_id")
                .params(params)
                .query((RowCallbackHandler) rs -> items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Submission.Item(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return jdbc.sql("select " + COLUMNS + where + " order by s.created_at desc").params(params)
                .query((rs, n) -> submission(rs, items.getOrDefault(rs.getObject(1, UUID.class), List.of()))).list();
    }

    Submission get(UUID id) {
        List<Submission.Item> items = jdbc.sql("""
                        select batch_id, parent_id, parent_corporate_id, batch_corporate_id, external_id
                        from submission_items where submission_id = ? order by batch_corporate_id""")
                .param(id).query(Submission.Item.class).list();
        return jdbc.sql("select " + COLUMNS + " where s.id = ?").param(id).query((rs, n) -> submission(rs, items)).optional()
                .orElseThrow(() -> DomainException.notFound("Submission", id));
    }

    private static Submission submission(ResultSet rs, List<Submission.Item> items) throws SQLException {
        return new Submission(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                SubmissionStatus.valueOf(rs.getString(6)), rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                rs.getString(10), instant(rs.getTimestamp(11)), rs.getString(12), instant(rs.getTimestamp(13)), rs.getString(14), items);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package com.moleculeflow.app.submissions;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
        List<UUID> ids = user.croUser()
                ? jdbc.sql("select id from submissions where cro_organisation_id = ? and status in ('SENT_TO_CRO', 'RESULTS_RETURNED', 'COMPLETED') order by created_at desc")
                        .param(user.organisationId()).query(UUID.class).list()
                : jdbc.sql("select id from submissions order by created_at desc").query(UUID.class).list();
        return ids.stream().map(this::get).toList();
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

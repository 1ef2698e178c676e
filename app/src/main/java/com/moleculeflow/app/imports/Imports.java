package com.moleculeflow.app.imports;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.PageRequest;
import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.molecules.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports table and its rows. */
@Repository
public class Imports {

    private static final String STATUS_COLUMNS = """
            id, file_name, status, total_rows, processed_rows, registered, duplicates, in_review, rejected, failure_reason,
            document_id, created_by, created_at, started_at, finished_at""";

    private final JdbcClient jdbc;

    Imports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ImportStatus status(UUID id) {
        return jdbc.sql("select " + STATUS_COLUMNS + " from imports where id = ?").param(id).query(Imports::status).optional()
                .orElseThrow(() -> DomainException.notFound("Import", id));
    }

    public List<ImportStatus> recent(int limit) {
        return jdbc.sql("select " + STATUS_COLUMNS + " from imports order by created_at desc limit ?").param(limit)
                .query(Imports::status).list();
    }

    public Page<ImportRow> rows(UUID id, Outcome outcome, PageRequest page) {
        status(id);
        String where = "import_id = ?" + (outcome == null ? "" : " and outcome = ?");
        List<Object> params = new ArrayList<>(List.of(id));
        if (outcome != null) {
            params.add(outcome.name());
        }
        long total = jdbc.sql("select count(*) from import_rows where " + where).params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<ImportRow> items = jdbc.sql("select line_number, outcome, original_text, external_id, reason, parent_id, batch_id from import_rows where "
                        + where + " order by line_number limit ? offset ?")
                .params(params).query(ImportRow.class).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Parents an import registered or added batches to, in file order: what "save as library" takes. */
    public List<Long> parentIds(UUID id) {
        status(id);
        return jdbc.sql("select parent_id from import_rows where import_id = ? and parent_id is not null group by parent_id order by min(line_number)")
                .param(id).query(Long.class).list();
    }

    private static ImportStatus status(ResultSet rs, int row) throws SQLException {
        return ImportStatus.of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10),
                rs.getObject(11, UUID.class), rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                instant(rs.getTimestamp(15)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

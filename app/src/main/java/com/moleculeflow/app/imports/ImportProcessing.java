package com.moleculeflow.app.imports;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.documents.Documents;
import com.moleculeflow.app.molecules.MoleculeRegistry;
import com.moleculeflow.app.molecules.Outcome;
import com.moleculeflow.app.molecules.Registration;
import com.moleculeflow.chemistry.AnalyzedCompound;
import com.moleculeflow.chemistry.CompoundAnalyzer;
import com.moleculeflow.chemistry.InvalidStructureException;
import com.moleculeflow.chemistry.io.ColumnMapping;
import com.moleculeflow.chemistry.io.InputRow;
import com.moleculeflow.chemistry.io.MoleculeFileReader;
import com.moleculeflow.workers.imports.ImportSteps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import use cases behind the workers. A chunk is registered in one transaction: it either lands whole with
 * its counters or not at all, so a retried chunk never counts a row twice.
 */
@Service
class ImportProcessing implements ImportSteps {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Documents documents;
    private final CompoundAnalyzer analyzer;
    private final MoleculeRegistry registry;
    private final AuditTrail audit;

    ImportProcessing(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Documents documents, CompoundAnalyzer analyzer,
                     MoleculeRegistry registry, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.documents = documents;
        this.analyzer = analyzer;
        this.registry = registry;
        this.audit = audit;
    }

    private record Job(UUID documentId, String fileName, ColumnMapping mapping, int chunkSize, String createdBy) {
    }

    @Override
    @Transactional(noRollbackFor = UnreadableImportFile.class) // the FAILED status and its audit event must stay
    public int prepare(UUID importId) {
        Job job = job(importId);
        long rows;
        try (MoleculeFileReader reader = open(job)) {
            rows = reader.skip(Long.MAX_VALUE);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            jdbc.sql("update imports set status = 'FAILED', failure_reason = ?, finished_at = now() where id = ?")
                    .params(e.getMessage(), importId).update();
            audit.record(job.createdBy(), "IMPORT_FAILED", "import", importId.toString(), e.getMessage());
            throw new UnreadableImportFile(e.getMessage());
        }
        jdbc.sql("update imports set status = 'RUNNING', total_rows = ?, started_at = now() where id = ?").params(rows, importId).update();
        return (int) ((rows + job.chunkSize() - 1) / job.chunkSize());
    }

    @Override
    @Transactional
    public void registerChunk(UUID importId, int chunkIndex) {
        Job job = job(importId);
        long first = (long) chunkIndex * job.chunkSize();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        List<Object[]> outcomes = new ArrayList<>(job.chunkSize());
        try (MoleculeFileReader reader = open(job)) {
            reader.skip(first);
            for (int i = 0; i < job.chunkSize() && reader.hasNext(); i++) {
                InputRow row = reader.next();
                if (i == 0 && alreadyRecorded(importId, row.lineNumber())) {
                    return; // a chunk commits whole: its first row recorded means a repeated job, nothing to do
                }
                Registration registration = register(row, importId, job.createdBy());
                outcomes.add(new Object[] {importId, row.lineNumber(), registration.outcome().name(), row.originalText(),
                        row.externalId(), registration.reason(), registration.parentId(), registration.batchId()});
                counts.merge(registration.outcome(), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("import " + importId + " chunk " + chunkIndex + ": could not read the stored file", e);
        }
        jdbcTemplate.batchUpdate("""
                insert into import_rows (import_id, line_number, outcome, original_text, external_id, reason, parent_id, batch_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", outcomes);
        auditRegistrations(importId, job.createdBy(), outcomes);
        long processed = counts.values().stream().mapToLong(Long::longValue).sum();
        jdbc.sql("""
                        update imports set processed_rows = processed_rows + ?, registered = registered + ?, duplicates = duplicates + ?,
                            in_review = in_review + ?, rejected = rejected + ? where id = ?""")
                .params(processed, counts.getOrDefault(Outcome.registered, 0L), counts.getOrDefault(Outcome.duplicate, 0L),
                        counts.getOrDefault(Outcome.in_review, 0L), counts.getOrDefault(Outcome.rejected, 0L), importId)
                .update();
    }

    @Override
    @Transactional
    public void complete(UUID importId) {
        Job job = job(importId);
        jdbc.sql("update imports set status = 'COMPLETED', finished_at = now() where id = ?").param(importId).update();
        record Counts(long registered, long duplicates, long inReview, long rejected, Long totalRows) { }
        Counts c = jdbc.sql("select registered, duplicates, in_review, rejected, total_rows from imports where id = ?")
                .param(importId).query(Counts.class).single();
        audit.record(job.createdBy(), "IMPORT_COMPLETED", "import", importId.toString(),
                "%d rows: %d registered, %d duplicate, %d in review, %d rejected".formatted(
                        c.totalRows(), c.registered(), c.duplicates(), c.inReview(), c.rejected()));
    }

    /** Each new parent and each new batch is a regulated record: one audit event each, on the parent. */
    private void auditRegistrations(UUID importId, String username, List<Object[]> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<AuditTrail.Entry> entries = jdbc.sql("""
                        select r.outcome, r.parent_id, p.corporate_id, b.corporate_id, r.line_number from import_rows r
                        join parents p on p.id = r.parent_id join batches b on b.id = r.batch_id
                        where r.import_id = ? and r.line_number between ? and ? order by r.line_number""")
                .params(importId, outcomes.get(0)[1], outcomes.get(outcomes.size() - 1)[1])
                .query((rs, n) -> {
                    boolean newParent = Outcome.registered.name().equals(rs.getString(1));
                    return new AuditTrail.Entry(newParent ? "PARENT_REGISTERED" : "BATCH_REGISTERED", "parent", rs.getString(2),
                            "%s%s from import %s line %d".formatted(newParent ? rs.getString(3) + " with batch " : "batch ",
                                    rs.getString(4), importId, rs.getLong(5)));
                })
                .list();
        audit.recordAll(username, entries);
    }

    private Registration register(InputRow row, UUID importId, String username) {
        if (row.error() != null) {
            return new Registration(Outcome.rejected, null, null, row.error());
        }
        AnalyzedCompound compound;
        try {
            compound = analyzer.analyze(row.structure());
        } catch (InvalidStructureException invalid) {
            return new Registration(Outcome.rejected, null, null, invalid.getMessage());
        }
        return registry.register(compound, new MoleculeRegistry.Source(row.originalText(), row.externalId(), importId,
                row.lineNumber(), username));
    }

    private boolean alreadyRecorded(UUID importId, long line) {
        return jdbc.sql("select count(*) from import_rows where import_id = ? and line_number = ?").params(importId, line)
                .query(Long.class).single() > 0;
    }

    private Job job(UUID importId) {
        return jdbc.sql("select document_id, file_name, structure_column, id_column, chunk_size, created_by from imports where id = ?")
                .param(importId)
                .query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2),
                        new ColumnMapping(rs.getString(3), rs.getString(4)), rs.getInt(5), rs.getString(6)))
                .single();
    }

    private MoleculeFileReader open(Job job) throws IOException {
        InputStream in = documents.open(job.documentId());
        return MoleculeFileReader.open(in, job.fileName(), job.mapping());
    }
}

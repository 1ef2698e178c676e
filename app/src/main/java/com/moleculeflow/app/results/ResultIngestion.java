package com.moleculeflow.app.results;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.TextUploads;
import com.moleculeflow.app.documents.Document;
import com.moleculeflow.app.documents.Documents;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.submissions.Submission;
import com.moleculeflow.app.submissions.SubmissionStatus;
import com.moleculeflow.app.submissions.Submissions;
import com.moleculeflow.chemistry.io.ColumnMapping;
import com.moleculeflow.chemistry.io.InputRow;
import com.moleculeflow.chemistry.io.MoleculeFileReader;
import com.moleculeflow.processes.CroSubmissionProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a CRO's results file for one submission. Identifiers are matched only against that submission's
 * molecules (external id from the import, corporate parent id or batch id); rows that match nothing or hold no
 * number are rejected with a reason and kept. At least one accepted value returns the results to the process.
 */
@Service
public class ResultIngestion {

    private final Submissions submissions;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    ResultIngestion(Submissions submissions, Documents documents, JdbcClient jdbc, RuntimeService runtime, AuditTrail audit) {
        this.submissions = submissions;
        this.documents = documents;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Which columns hold the identifier and the value; defaults follow the ChEMBL activity shape {@code Name,Act}. */
    public record Columns(String identifierColumn, String valueColumn) {
        public Columns {
            identifierColumn = identifierColumn == null || identifierColumn.isBlank() ? "Name" : identifierColumn;
            valueColumn = valueColumn == null || valueColumn.isBlank() ? "Act" : valueColumn;
        }
    }

    @Transactional
    public ResultUpload upload(UUID submissionId, MultipartFile file, Columns columns, CurrentUser user) {
        Submission submission = submissions.visible(submissionId, user);
        if (!user.croUser() || !submission.croOrganisationId().equals(user.organisationId())) {
            throw DomainException.forbidden("only users of " + submission.croOrganisationName() + " can return results for this submission");
        }
        if (submission.status() != SubmissionStatus.SENT_TO_CRO) {
            throw DomainException.conflict("submission " + submissionId + " is " + submission.status() + "; results are taken while it is SENT_TO_CRO");
        }
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file: no results file uploaded, or the file is empty");
        }
        String fileName = file.getOriginalFilename() == null ? "results.csv" : file.getOriginalFilename();
        try (InputStream sniff = file.getInputStream()) {
            TextUploads.requireText(sniff, fileName);
        } catch (IOException e) {
            throw DomainException.invalid("file " + fileName + ": could not be read (" + e.getMessage() + ")");
        }
        Map<String, Submission.Item> byIdentifier = identifiers(submission);
        List<ResultUpload.RejectedRow> rejections = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        // the value column stands where a molecule file has its structure: the reader only needs a named column
        try (InputStream in = file.getInputStream();
             MoleculeFileReader rows = MoleculeFileReader.open(in, fileName, new ColumnMapping(columns.valueColumn(), columns.identifierColumn()))) {
            while (rows.hasNext()) {
                InputRow row = rows.next();
                String reason = check(row, byIdentifier, columns);
                if (reason == null) {
                    accepted.add(new Accepted(row, byIdentifier.get(row.externalId().strip()), Double.parseDouble(row.structure().strip())));
                } else {
                    rejections.add(new ResultUpload.RejectedRow(row.lineNumber(), row.originalText(), reason));
                }
            }
        } catch (IllegalArgumentException e) {
            // the reader names the columns of a molecule file; here they are the value and the identifier columns
            throw DomainException.invalid("file " + fileName + ": " + e.getMessage()
                    .replace("structure column \"" + columns.valueColumn() + "\"", "value column \"" + columns.valueColumn() + "\" (parameter valueColumn)")
                    .replace("ID column \"" + columns.identifierColumn() + "\"", "identifier column \"" + columns.identifierColumn() + "\" (parameter identifierColumn)"));
        } catch (IOException | UncheckedIOException e) {
            throw DomainException.invalid("file " + fileName + ": could not be read (" + e.getMessage() + ")");
        }
        if (accepted.isEmpty() && rejections.isEmpty()) {
            throw DomainException.invalid("file " + fileName + ": no data rows (only a header, or blank lines)");
        }
        if (accepted.isEmpty()) {
            throw DomainException.invalid("file " + fileName + ": no row matched a molecule of this submission with a numeric value; first problems: "
                    + rejections.stream().limit(5).map(r -> "line " + r.lineNumber() + ": " + r.reason()).toList());
        }
        Document document;
        try (InputStream in = file.getInputStream()) {
            document = documents.keep(fileName, file.getContentType(), in, "cro-results", user.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Accepted a : accepted) {
            jdbc.sql("""
                            insert into results (submission_id, batch_id, parent_id, assay, identifier, value, document_id, line_number, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(submissionId, a.item().batchId(), a.item().parentId(), submission.assay(), a.row().externalId().strip(),
                            a.value(), document.id(), a.row().lineNumber(), user.username())
                    .update();
        }
        audit.recordAll(user.username(), accepted.stream().map(a -> new AuditTrail.Entry("RESULT_RECORDED", "parent",
                String.valueOf(a.item().parentId()), "%s = %s on batch %s, submission %s, %s line %d".formatted(submission.assay(),
                        a.value(), a.item().batchCorporateId(), submissionId, fileName, a.row().lineNumber()))).toList());
        for (ResultUpload.RejectedRow r : rejections) {
            jdbc.sql("insert into result_rejections (submission_id, document_id, line_number, original_text, reason) values (?, ?, ?, ?, ?)")
                    .params(submissionId, document.id(), r.lineNumber(), r.originalText(), r.reason()).update();
        }
        Set<Long> answered = accepted.stream().map(a -> a.item().batchId()).collect(Collectors.toSet());
        List<String> withoutResult = submission.items().stream().filter(i -> !answered.contains(i.batchId()))
                .map(Submission.Item::batchCorporateId).sorted().toList();
        jdbc.sql("update submissions set status = 'RESULTS_RETURNED' where id = ?").param(submissionId).update();
        audit.record(user.username(), "RESULTS_RETURNED", "submission", submissionId.toString(),
                "%s: %d values accepted, %d rows rejected, %d batches without a result (document %s, sha256 %s)".formatted(fileName,
                        accepted.size(), rejections.size(), withoutResult.size(), document.id(), document.sha256()));
        runtime.createMessageCorrelation(CroSubmissionProcess.MESSAGE_RESULTS_RETURNED)
                .processInstanceBusinessKey(submissionId.toString())
                .setVariable(CroSubmissionProcess.VAR_RESULT_COUNT, accepted.size())
                .correlate();
        return new ResultUpload(submissionId, document.id(), accepted.size(), rejections.size(), rejections, withoutResult);
    }

    private record Accepted(InputRow row, Submission.Item item, double value) {
    }

    private static String check(InputRow row, Map<String, Submission.Item> byIdentifier, Columns columns) {
        if (row.malformed()) {
            return row.error();
        }
        if (row.externalId() == null || row.externalId().isBlank()) {
            return "no identifier in column " + columns.identifierColumn();
        }
        if (!byIdentifier.containsKey(row.externalId().strip())) {
            return "identifier '" + row.externalId().strip() + "' is not a molecule of this submission";
        }
        String value = row.structure().strip();
        if (value.isEmpty()) {
            return "no value in column " + columns.valueColumn();
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? null : "value '" + value + "' in column " + columns.valueColumn() + " is not a finite number";
        } catch (NumberFormatException e) {
            return "value '" + value + "' in column " + columns.valueColumn() + " is not a number";
        }
    }

    /** Every name a submitted batch may be reported under; a name shared by two batches is ambiguous and left out. */
    private static Map<String, Submission.Item> identifiers(Submission submission) {
        Map<String, Submission.Item> names = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Submission.Item item : submission.items()) {
            for (String name : new String[] {item.externalId(), item.parentCorporateId(), item.batchCorporateId()}) {
                if (name != null && names.putIfAbsent(name, item) != null && names.get(name) != item) {
                    ambiguous.put(name, true);
                }
            }
        }
        ambiguous.keySet().forEach(names::remove);
        return names;
    }
}

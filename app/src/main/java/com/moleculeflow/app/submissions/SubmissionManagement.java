package com.moleculeflow.app.submissions;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.TextFields;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.UserDirectory;
import com.moleculeflow.app.libraries.LibraryManagement;
import com.moleculeflow.app.molecules.MoleculeCatalog;
import com.moleculeflow.app.molecules.MoleculeCatalog.BatchRef;
import com.moleculeflow.processes.CroSubmissionProcess;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts submissions and sends them into the {@code cro-submission} process. */
@Service
public class SubmissionManagement {

    private final JdbcClient jdbc;
    private final Submissions submissions;
    private final MoleculeCatalog catalog;
    private final LibraryManagement libraries;
    private final UserDirectory directory;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    SubmissionManagement(JdbcClient jdbc, Submissions submissions, MoleculeCatalog catalog, LibraryManagement libraries,
                         UserDirectory directory, RuntimeService runtime, AuditTrail audit) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.catalog = catalog;
        this.libraries = libraries;
        this.directory = directory;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Length of the submission's title and assay columns. */
    private static final int TEXT_LIMIT = 300;

    public record Draft(String title, String croOrganisationId, String assay, UUID libraryId, List<Long> moleculeIds) {
    }

    @Transactional
    public Submission draft(Draft draft, CurrentUser user) {
        if (user.croUser()) {
            throw DomainException.forbidden("CRO users cannot create submissions");
        }
        if (draft.croOrganisationId() == null || draft.croOrganisationId().isBlank()) {
            throw DomainException.invalid("croOrganisationId: name the CRO organisation the molecules go to");
        }
        boolean isCro = directory.organisations().stream()
                .anyMatch(o -> o.id().equals(draft.croOrganisationId()) && o.isCro());
        if (!isCro) {
            throw DomainException.invalid("croOrganisationId: " + draft.croOrganisationId() + " is not a known CRO organisation");
        }
        if (draft.assay() == null || draft.assay().isBlank()) {
            throw DomainException.invalid("assay: name the requested assay or service");
        }
        TextFields.check("assay", draft.assay(), TEXT_LIMIT);
        TextFields.check("title", draft.title(), TEXT_LIMIT);
        Collection<Long> parentIds = new LinkedHashSet<>();
        if (draft.libraryId() != null) {
            parentIds.addAll(libraries.memberIds(draft.libraryId()));
        }
        if (draft.moleculeIds() != null) {
            parentIds.addAll(draft.moleculeIds());
        }
        if (parentIds.isEmpty()) {
            throw DomainException.invalid("libraryId/moleculeIds: a submission needs at least one molecule");
        }
        List<BatchRef> batches = catalog.latestBatches(parentIds);
        UUID id = UUID.randomUUID();
        String title = draft.title() == null || draft.title().isBlank() ? defaultTitle(draft.assay(), batches.size()) : draft.title();
        jdbc.sql("insert into submissions (id, title, cro_organisation_id, assay, status, created_by) values (?, ?, ?, ?, 'DRAFT', ?)")
                .params(id, title, draft.croOrganisationId(), draft.assay(), user.username()).update();
        for (BatchRef b : batches) {
            jdbc.sql("""
                            insert into submission_items (submission_id, batch_id, parent_id, parent_corporate_id, batch_corporate_id, external_id)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, b.batchId(), b.parentId(), b.parentCorporateId(), b.batchCorporateId(), b.externalId()).update();
        }
        audit.record(user.username(), "SUBMISSION_DRAFTED", "submission", id.toString(),
                "%d batches to %s for '%s'".formatted(batches.size(), draft.croOrganisationId(), draft.assay()));
        return submissions.get(id);
    }

    /** "assay for N molecules", the assay shortened to fit the title column. */
    private static String defaultTitle(String assay, int molecules) {
        String suffix = " for " + molecules + " molecules";
        return (assay.length() + suffix.length() > TEXT_LIMIT ? assay.substring(0, TEXT_LIMIT - suffix.length() - 1) + "…" : assay) + suffix;
    }

    @Transactional
    public Submission submit(UUID id, CurrentUser user) {
        Submission submission = submissions.visible(id, user);
        if (user.croUser()) {
            throw DomainException.forbidden("CRO users cannot submit");
        }
        if (!submission.createdBy().equals(user.username())) {
            throw DomainException.forbidden("only " + submission.createdBy() + ", who drafted submission " + id
                    + ", can submit it: the submitter is the person the four-eyes rule keeps from approving it");
        }
        // claim the DRAFT atomically, so two concurrent submits cannot start two processes
        int claimed = jdbc.sql("update submissions set status = 'AWAITING_APPROVAL', submitted_at = now() where id = ? and status = 'DRAFT'")
                .param(id).update();
        if (claimed == 0) {
            throw DomainException.conflict("submission " + id + " is " + submission.status() + "; only a DRAFT can be submitted");
        }
        String processInstanceId = runtime.startProcessInstanceByKey(CroSubmissionProcess.PROCESS_ID, id.toString(), Map.of(
                CroSubmissionProcess.VAR_SUBMISSION_ID, id.toString(),
                CroSubmissionProcess.VAR_SUBMITTER, user.username(),
                CroSubmissionProcess.VAR_CRO_ORGANISATION, submission.croOrganisationId(),
                CroSubmissionProcess.VAR_MOLECULE_COUNT, submission.items().size())).getId();
        jdbc.sql("update submissions set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
        audit.record(user.username(), "SUBMISSION_SUBMITTED", "submission", id.toString(), "process instance " + processInstanceId);
        return submissions.get(id);
    }
}

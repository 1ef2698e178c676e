package com.moleculeflow.app.submissions;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.TextFields;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.Role;
import com.moleculeflow.app.signatures.Signature;
import com.moleculeflow.app.signatures.Signatures;
import com.moleculeflow.processes.CroSubmissionProcess;
import com.moleculeflow.processes.submission.ApprovalDecisionMissing;
import com.moleculeflow.processes.submission.FourEyesViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's side of a submission: list the tasks offered to me, claim one, decide with a signature.
 * Four-eyes is enforced by the process model (FourEyesRule); this class turns its refusal into a clear error.
 */
@Service
public class ApprovalTasks {

    /** The meanings of an approver's signature (Part 11 §11.50: every signature states what it means). */
    static final String MEANING_APPROVED = "Approved";
    static final String MEANING_REJECTED = "Rejected";

    private final TaskService tasks;
    private final IdentityService identity;
    private final Submissions submissions;
    private final Signatures signatures;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ApprovalTasks(TaskService tasks, IdentityService identity, Submissions submissions, Signatures signatures, JdbcClient jdbc, AuditTrail audit) {
        this.tasks = tasks;
        this.identity = identity;
        this.submissions = submissions;
        this.signatures = signatures;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Decision(Boolean approved, String comment, String password) {
    }

    public List<ApprovalTask> openFor(CurrentUser user) {
        return offeredTo(user).map(q -> q.orderByTaskCreateTime().asc().list().stream().map(this::view).toList()).orElse(List.of());
    }

    /** The open approval task of one submission, if it is offered to the user (Tasklist's form links here by submission). */
    public Optional<ApprovalTask> openForSubmission(UUID submissionId, CurrentUser user) {
        return offeredTo(user).map(q -> q.processInstanceBusinessKey(submissionId.toString()).singleResult()).map(this::view);
    }

    public ApprovalTask get(String taskId, CurrentUser user) {
        return offeredTo(user).map(q -> q.taskId(taskId).singleResult()).map(this::view)
                .orElseThrow(() -> claimedByAnotherApprover(taskId, user).orElse(DomainException.notFound("Task", taskId)));
    }

    /** A task claimed by someone else leaves the group's list; to a fellow approver it is taken, not missing. */
    private Optional<DomainException> claimedByAnotherApprover(String taskId, CurrentUser user) {
        if (!user.roles().contains(Role.APPROVER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).processDefinitionKey(CroSubmissionProcess.PROCESS_ID)
                        .active().singleResult())
                .filter(task -> task.getAssignee() != null)
                .map(task -> DomainException.conflict("task " + taskId + " is claimed by " + task.getAssignee()));
    }

    /** Open approval tasks offered to one of the user's groups or assigned to them; none for a user without groups. */
    private Optional<TaskQuery> offeredTo(CurrentUser user) {
        if (user.groupIds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tasks.createTaskQuery().or().taskCandidateGroupIn(user.groupIds()).taskAssignee(user.username()).endOr()
                .processDefinitionKey(CroSubmissionProcess.PROCESS_ID).active());
    }

    @Transactional
    public ApprovalTask claim(String taskId, CurrentUser user) {
        ApprovalTask task = get(taskId, user); // a task another approver holds is a 409 here
        try {
            tasks.claim(taskId, user.username()); // the model's FourEyesRule refuses the submitter
        } catch (ProcessEngineException e) {
            RuntimeException refusal = refusal(e);
            if (refusal instanceof DomainException) {
                audit.recordRefusal(user.username(), "CLAIM_REFUSED", "submission", task.submissionId().toString(), refusal.getMessage());
            }
            throw refusal;
        }
        audit.record(user.username(), "TASK_CLAIMED", "submission", task.submissionId().toString(), "task " + taskId);
        return get(taskId, user);
    }

    @Transactional
    public Signature decide(String taskId, Decision decision, CurrentUser user) {
        ApprovalTask task = get(taskId, user);
        if (decision.approved() == null) {
            throw DomainException.invalid("approved: say true (approve) or false (reject)");
        }
        TextFields.check("comment", decision.comment(), 4000); // the engine keeps it as a string variable of at most 4000
        Submission submission = submissions.get(task.submissionId());
        String meaning = decision.approved() ? MEANING_APPROVED : MEANING_REJECTED;
        Signature signature = signatures.sign(user, decision.password(), meaning, "submission", submission.id().toString(),
                submission.signedContent());
        Map<String, Object> variables = new HashMap<>();
        variables.put(CroSubmissionProcess.VAR_APPROVED, decision.approved());
        variables.put(CroSubmissionProcess.VAR_APPROVAL_SIGNATURE_ID, signature.id().toString());
        if (decision.comment() != null && !decision.comment().isBlank()) {
            variables.put(CroSubmissionProcess.VAR_APPROVAL_COMMENT, decision.comment());
        }
        identity.setAuthentication(user.username(), user.groupIds());
        try {
            if (task.assignee() == null) {
                tasks.claim(taskId, user.username());
            }
            tasks.complete(taskId, variables);
        } catch (ProcessEngineException e) {
            RuntimeException refusal = refusal(e);
            if (refusal instanceof DomainException) {
                audit.recordRefusal(user.username(), "APPROVAL_REFUSED", "submission", submission.id().toString(), refusal.getMessage());
            }
            throw refusal;
        } finally {
            identity.clearAuthentication();
        }
        jdbc.sql("update submissions set decided_by = ?, decided_at = now(), decision_comment = ? where id = ?")
                .params(user.username(), decision.comment(), submission.id()).update();
        audit.record(user.username(), decision.approved() ? "SUBMISSION_APPROVED" : "SUBMISSION_REJECTED_BY_APPROVER", "submission",
                submission.id().toString(), "signature " + signature.id() + (decision.comment() == null ? "" : ", comment: " + decision.comment()));
        return signature;
    }

    /** The model's own refusals (four-eyes, missing decision) reach the user as such, not as an engine error. */
    private static RuntimeException refusal(ProcessEngineException e) {
        if (e instanceof TaskAlreadyClaimedException || e instanceof OptimisticLockingException) {
            // another approver got there first, between our look-up and the engine's write
            return DomainException.conflict("someone else claimed or decided this task at the same moment: reload it");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FourEyesViolation || cause instanceof ApprovalDecisionMissing) {
                return DomainException.forbidden(cause.getMessage());
            }
            if (cause instanceof DomainException refusal) {
                return refusal;
            }
        }
        return e;
    }

    private ApprovalTask view(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), List.of(CroSubmissionProcess.VAR_SUBMISSION_ID,
                CroSubmissionProcess.VAR_SUBMITTER, CroSubmissionProcess.VAR_MOLECULE_COUNT));
        UUID submissionId = UUID.fromString((String) variables.get(CroSubmissionProcess.VAR_SUBMISSION_ID));
        Submission submission = submissions.get(submissionId);
        return new ApprovalTask(task.getId(), task.getName(), task.getAssignee(), task.getCreateTime().toInstant(), submissionId,
                submission.title(), (String) variables.get(CroSubmissionProcess.VAR_SUBMITTER), submission.croOrganisationName(),
                ((Number) variables.get(CroSubmissionProcess.VAR_MOLECULE_COUNT)).intValue());
    }
}

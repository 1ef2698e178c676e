package com.moleculeflow.app.submissions;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.signatures.Signature;
import com.moleculeflow.app.signatures.Signatures;
import com.moleculeflow.processes.CroSubmissionProcess;
import java.util.UUID;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Part 11 on the approval task itself, whatever claims or completes it (portal, REST, Tasklist): nobody who drafted the
 * submission may hold or decide its approval, and a completion must name a signature given by the approving user, on
 * this submission, with the meaning of the decision. Without it the engine refuses, so no unsigned or self-approved
 * decision can move a submission on. Unlike the process model's FourEyesRule (which sees only process variables, and
 * a completion may set variables), this check reads the submission by the process business key from our records.
 */
@Component
class ApprovalSignatureCheck {

    private final Signatures signatures;
    private final Submissions submissions;

    ApprovalSignatureCheck(Signatures signatures, Submissions submissions) {
        this.signatures = signatures;
        this.submissions = submissions;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        if (!CroSubmissionProcess.USER_TASK_APPROVE_SUBMISSION.equals(task.getTaskDefinitionKey())) {
            return;
        }
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            refuseTheSubmitter(task.getAssignee(), submissionOf(task), "claim its approval task");
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            checkCompletion(task);
        }
    }

    private void checkCompletion(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Submission submission = submissionOf(task);
        refuseTheSubmitter(current == null ? null : current.getUserId(), submission, "approve it");
        Object signatureId = task.getVariable(CroSubmissionProcess.VAR_APPROVAL_SIGNATURE_ID);
        Object approved = task.getVariable(CroSubmissionProcess.VAR_APPROVED);
        if (current == null || !(signatureId instanceof String id) || !(approved instanceof Boolean decision)
                || !signedBy(id, current.getUserId(), submission.id().toString(), decision)) {
            throw DomainException.forbidden("an approval decision needs the approver's electronic signature: "
                    + "decide in the MoleculeFlow portal (Tasks) or with POST /api/v1/tasks/{id}/complete and your password");
        }
    }

    /** The submission is the process business key, which those who work the task cannot change. */
    private Submission submissionOf(DelegateTask task) {
        return submissions.get(UUID.fromString(task.getExecution().getProcessBusinessKey()));
    }

    private static void refuseTheSubmitter(String user, Submission submission, String what) {
        if (user != null && user.equals(submission.createdBy())) {
            throw DomainException.forbidden("four-eyes rule: " + user + " submitted this submission and cannot " + what);
        }
    }

    private boolean signedBy(String signatureId, String userId, String submissionId, boolean approved) {
        Signature signature;
        try {
            signature = signatures.get(UUID.fromString(signatureId));
        } catch (IllegalArgumentException | DomainException unknown) {
            return false;
        }
        return signature.signer().equals(userId) && signature.recordId().equals(submissionId)
                && signature.meaning().equals(approved ? ApprovalTasks.MEANING_APPROVED : ApprovalTasks.MEANING_REJECTED);
    }
}

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
 * Part 11 on the approval task itself, whatever completes it (portal, REST, Tasklist): the completion must name a
 * signature given by the approving user, on this submission, with the meaning of the decision. Without it the
 * engine refuses the completion, so no unsigned approval can move a submission on. The four-eyes rule lives in the
 * process model (FourEyesRule); this check needs our signature records, so it lives here.
 */
@Component
class ApprovalSignatureCheck {

    private final Signatures signatures;

    ApprovalSignatureCheck(Signatures signatures) {
        this.signatures = signatures;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || !CroSubmissionProcess.USER_TASK_APPROVE_SUBMISSION.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Object signatureId = task.getVariable(CroSubmissionProcess.VAR_APPROVAL_SIGNATURE_ID);
        Object approved = task.getVariable(CroSubmissionProcess.VAR_APPROVED);
        String submissionId = (String) task.getVariable(CroSubmissionProcess.VAR_SUBMISSION_ID);
        if (current == null || !(signatureId instanceof String id) || !(approved instanceof Boolean decision) || !signedBy(id, current.getUserId(), submissionId, decision)) {
            throw DomainException.forbidden("an approval decision needs the approver's electronic signature: "
                    + "decide in the MoleculeFlow portal (Tasks) or with POST /api/v1/tasks/{id}/complete and your password");
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

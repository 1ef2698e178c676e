package com.moleculeflow.processes.submission;

import com.moleculeflow.processes.CroSubmissionProcess;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Task listener on {@code complete} of the approval task: the engine's authenticated user must exist and must not
 * be the {@code submitter}, and the completion must carry a Boolean {@code approved}. Because it runs inside the
 * engine, it holds for every way a task can be completed (portal, Tasklist, REST). A refusal throws
 * {@link FourEyesViolation} or {@link ApprovalDecisionMissing}; the completion is rolled back and the task stays open.
 */
public class FourEyesRule implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw FourEyesViolation.noAuthenticatedApprover();
        }
        String approver = authentication.getUserId();
        if (approver.equals(task.getVariable(CroSubmissionProcess.VAR_SUBMITTER))) {
            throw FourEyesViolation.submitterApproving(approver);
        }
        Object approved = task.getVariable(CroSubmissionProcess.VAR_APPROVED);
        if (!(approved instanceof Boolean)) {
            throw new ApprovalDecisionMissing(CroSubmissionProcess.VAR_APPROVED, approved);
        }
    }
}

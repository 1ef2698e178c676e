package com.moleculeflow.processes.submission;

import com.moleculeflow.processes.CroSubmissionProcess;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Task listener on the approval task, for {@code assignment} and {@code complete}. Nobody may hold the task who
 * submitted the submission: a submitter who claimed it would hide it from every other approver. On completion the
 * engine's authenticated user must exist and must not be the {@code submitter}, and the completion must carry a
 * Boolean {@code approved}. Because it runs inside the engine, it holds for every way a task can be claimed or
 * completed (portal, Tasklist, REST). A refusal throws {@link FourEyesViolation} or {@link ApprovalDecisionMissing};
 * the claim or completion is rolled back and the task stays open.
 */
public class FourEyesRule implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object submitter = task.getVariable(CroSubmissionProcess.VAR_SUBMITTER);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null && task.getAssignee().equals(submitter)) {
                throw FourEyesViolation.submitterHolding(task.getAssignee());
            }
            return;
        }
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw FourEyesViolation.noAuthenticatedApprover();
        }
        String approver = authentication.getUserId();
        if (approver.equals(submitter)) {
            throw FourEyesViolation.submitterApproving(approver);
        }
        Object approved = task.getVariable(CroSubmissionProcess.VAR_APPROVED);
        if (!(approved instanceof Boolean)) {
            throw new ApprovalDecisionMissing(CroSubmissionProcess.VAR_APPROVED, approved);
        }
    }
}

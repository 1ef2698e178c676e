package com.moleculeflow.processes;

import static com.moleculeflow.processes.CroSubmissionProcess.*;
import static com.moleculeflow.processes.ProcessAssertions.assertCompletedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moleculeflow.processes.submission.ApprovalDecisionMissing;
import com.moleculeflow.processes.submission.FourEyesViolation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RESOURCE)
class CroSubmissionProcessTest {

    private static final String SUBMISSION_ID = "sub-0001";
    private static final String SUBMITTER = "alice";
    private static final String APPROVER = "bob";

    RuntimeService runtimeService;
    TaskService taskService;
    IdentityService identityService;
    FormService formService;
    ExternalTaskService externalTaskService;
    HistoryService historyService;

    private ExternalTaskWorkerDouble worker;

    @BeforeEach
    void setUp() {
        worker = new ExternalTaskWorkerDouble(externalTaskService);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void approvedSubmissionIsSentToCroAndCompletesWhenResultsReturn() {
        ProcessInstance instance = startSubmission();
        Task approval = approvalTaskFor(instance);
        assertThat(taskService.getIdentityLinksForTask(approval.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(CANDIDATE_GROUP_APPROVERS));

        identityService.setAuthenticatedUserId(APPROVER);
        taskService.complete(approval.getId(), decision(true));

        LockedExternalTask sendToCro = worker.complete(TOPIC_SEND_SUBMISSION_TO_CRO);
        assertThat(sendToCro.getBusinessKey()).isEqualTo(SUBMISSION_ID);
        assertThat(sendToCro.getVariables())
                .containsEntry(VAR_CRO_ORGANISATION, "Acme Assays")
                .containsEntry(VAR_APPROVAL_SIGNATURE_ID, "sig-0001");
        assertThat(worker.openTasks(TOPIC_COMPLETE_SUBMISSION)).isZero();

        runtimeService.createMessageCorrelation(MESSAGE_RESULTS_RETURNED)
                .processInstanceBusinessKey(SUBMISSION_ID)
                .setVariable(VAR_RESULT_COUNT, 96)
                .correlate();

        LockedExternalTask complete = worker.complete(TOPIC_COMPLETE_SUBMISSION);
        assertThat(complete.getVariables()).containsEntry(VAR_RESULT_COUNT, 96);
        assertCompletedAt(historyService, instance.getId(), END_EVENT_SUBMISSION_COMPLETED);
    }

    @Test
    void rejectedSubmissionRecordsRejectionAndEnds() {
        ProcessInstance instance = startSubmission();

        identityService.setAuthenticatedUserId(APPROVER);
        taskService.complete(approvalTaskFor(instance).getId(), decision(false));

        assertThat(worker.openTasks(TOPIC_SEND_SUBMISSION_TO_CRO)).isZero();
        worker.complete(TOPIC_RECORD_SUBMISSION_REJECTION);
        assertCompletedAt(historyService, instance.getId(), END_EVENT_SUBMISSION_REJECTED);
    }

    @Test
    void submitterCannotApproveOwnSubmission() {
        ProcessInstance instance = startSubmission();
        Task approval = approvalTaskFor(instance);

        identityService.setAuthenticatedUserId(SUBMITTER);

        assertThatThrownBy(() -> taskService.complete(approval.getId(), decision(true)))
                .isInstanceOf(ProcessEngineException.class)
                .hasRootCauseInstanceOf(FourEyesViolation.class)
                .hasRootCauseMessage("four-eyes rule: alice submitted this submission and cannot approve it");
        assertApprovalStillOpenAndUndecided(instance);
    }

    @Test
    void submitterCannotClaimTheApprovalTaskSoItStaysOfferedToTheOtherApprovers() {
        ProcessInstance instance = startSubmission();
        Task approval = approvalTaskFor(instance);

        assertThatThrownBy(() -> taskService.claim(approval.getId(), SUBMITTER))
                .hasRootCauseInstanceOf(FourEyesViolation.class)
                .hasRootCauseMessage("four-eyes rule: alice submitted this submission and cannot claim its approval task");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();

        taskService.claim(approval.getId(), APPROVER);
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isEqualTo(APPROVER);
    }

    @Test
    void approvalWithoutAuthenticatedUserIsRefused() {
        ProcessInstance instance = startSubmission();
        Task approval = approvalTaskFor(instance);

        assertThatThrownBy(() -> taskService.complete(approval.getId(), decision(true)))
                .hasRootCauseInstanceOf(FourEyesViolation.class)
                .hasRootCauseMessage("approval requires an authenticated approver");
        assertApprovalStillOpenAndUndecided(instance);
    }

    @Test
    void completionWithoutDecisionIsRefused() {
        ProcessInstance instance = startSubmission();
        Task approval = approvalTaskFor(instance);

        identityService.setAuthenticatedUserId(APPROVER);

        assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(VAR_APPROVAL_COMMENT, "looks fine")))
                .hasRootCauseInstanceOf(ApprovalDecisionMissing.class)
                .rootCause().hasMessageStartingWith("approval decision missing: variable 'approved' must be true or false, was absent");
        assertApprovalStillOpenAndUndecided(instance);
    }

    @Test
    @Deployment(resources = {RESOURCE, "forms/" + FORM_APPROVE_SUBMISSION + ".form"})
    void approvalTaskOpensTheApproveSubmissionFormInTasklist() throws Exception {
        Task approval = approvalTaskFor(startSubmission());

        assertThat(formService.getTaskFormData(approval.getId()).getOperatonFormRef().getKey())
                .isEqualTo(FORM_APPROVE_SUBMISSION);
        try (InputStream form = formService.getDeployedTaskForm(approval.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"" + FORM_APPROVE_SUBMISSION + "\"");
        }
    }

    private ProcessInstance startSubmission() {
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, SUBMISSION_ID, Map.of(
                VAR_SUBMISSION_ID, SUBMISSION_ID,
                VAR_SUBMITTER, SUBMITTER,
                VAR_CRO_ORGANISATION, "Acme Assays",
                VAR_MOLECULE_COUNT, 96));
    }

    private Task approvalTaskFor(ProcessInstance instance) {
        return taskService.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(USER_TASK_APPROVE_SUBMISSION)
                .singleResult();
    }

    private static Map<String, Object> decision(boolean approved) {
        return Map.of(
                VAR_APPROVED, approved,
                VAR_APPROVAL_COMMENT, approved ? "scope and budget agreed" : "wrong assay panel",
                VAR_APPROVAL_SIGNATURE_ID, "sig-0001");
    }

    private void assertApprovalStillOpenAndUndecided(ProcessInstance instance) {
        assertThat(approvalTaskFor(instance)).isNotNull();
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey(VAR_APPROVED);
    }
}

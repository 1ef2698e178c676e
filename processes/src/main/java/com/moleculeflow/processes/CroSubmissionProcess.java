package com.moleculeflow.processes;

/**
 * Names used from Java for the {@code cro-submission} process ({@code bpmn/cro-submission.bpmn}).
 *
 * <p>The process is started with business key = submission id and the start variables below. The approval task
 * is offered to group {@link #CANDIDATE_GROUP_APPROVERS}; its completion must carry {@link #VAR_APPROVED} and
 * {@link #VAR_APPROVAL_SIGNATURE_ID} (and optionally {@link #VAR_APPROVAL_COMMENT}), and is refused for the
 * submitter or without an authenticated user (see {@code submission.FourEyesRule}). After hand-over to the CRO
 * the process waits for message {@link #MESSAGE_RESULTS_RETURNED}, correlated by business key with
 * {@link #VAR_RESULT_COUNT}.
 */
public final class CroSubmissionProcess {

    public static final String PROCESS_ID = "cro-submission";
    public static final String RESOURCE = "bpmn/cro-submission.bpmn";

    /** Camunda Form linked to the approval task ({@code forms/approve-submission.form}). */
    public static final String FORM_APPROVE_SUBMISSION = "approve-submission";
    public static final String CANDIDATE_GROUP_APPROVERS = "approvers";

    public static final String TOPIC_SEND_SUBMISSION_TO_CRO = "send-submission-to-cro";
    public static final String TOPIC_COMPLETE_SUBMISSION = "complete-submission";
    public static final String TOPIC_RECORD_SUBMISSION_REJECTION = "record-submission-rejection";

    public static final String MESSAGE_RESULTS_RETURNED = "ResultsReturned";

    /** Start variable (String): the submission's id, also the business key. */
    public static final String VAR_SUBMISSION_ID = "submissionId";
    /** Start variable (String): username of whoever submitted; never allowed to approve. */
    public static final String VAR_SUBMITTER = "submitter";
    /** Start variable (String): the CRO organisation the molecules go to. */
    public static final String VAR_CRO_ORGANISATION = "croOrganisation";
    /** Start variable (Integer). */
    public static final String VAR_MOLECULE_COUNT = "moleculeCount";
    /** Approval completion (Boolean, required). */
    public static final String VAR_APPROVED = "approved";
    /** Approval completion (String, optional). */
    public static final String VAR_APPROVAL_COMMENT = "approvalComment";
    /** Approval completion (String): id of the Part 11 signature the approver gave. */
    public static final String VAR_APPROVAL_SIGNATURE_ID = "approvalSignatureId";
    /** Carried by {@link #MESSAGE_RESULTS_RETURNED} (Integer). */
    public static final String VAR_RESULT_COUNT = "resultCount";

    public static final String START_EVENT_SUBMISSION_REQUESTED = "StartEvent_SubmissionRequested";
    public static final String USER_TASK_APPROVE_SUBMISSION = "UserTask_ApproveSubmission";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String FLOW_APPROVED = "Flow_Approved";
    public static final String FLOW_REJECTED = "Flow_Rejected";
    public static final String SERVICE_TASK_SEND_TO_CRO = "ServiceTask_SendToCro";
    public static final String EVENT_RESULTS_RETURNED = "Event_ResultsReturned";
    public static final String SERVICE_TASK_COMPLETE_SUBMISSION = "ServiceTask_CompleteSubmission";
    public static final String SERVICE_TASK_RECORD_REJECTION = "ServiceTask_RecordRejection";
    public static final String END_EVENT_SUBMISSION_COMPLETED = "EndEvent_SubmissionCompleted";
    public static final String END_EVENT_SUBMISSION_REJECTED = "EndEvent_SubmissionRejected";

    private CroSubmissionProcess() {
    }
}

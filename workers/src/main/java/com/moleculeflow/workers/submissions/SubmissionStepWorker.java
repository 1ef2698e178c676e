package com.moleculeflow.workers.submissions;

import com.moleculeflow.processes.CroSubmissionProcess;
import com.moleculeflow.workers.Job;
import com.moleculeflow.workers.JobHandler;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The submission topics whose whole job is "apply one step to the submission named by the job":
 * {@code send-submission-to-cro}, {@code record-submission-rejection}, {@code complete-submission}.
 */
public final class SubmissionStepWorker implements JobHandler {

    private final String topic;
    private final Consumer<UUID> step;

    private SubmissionStepWorker(String topic, Consumer<UUID> step) {
        this.topic = topic;
        this.step = step;
    }

    public static SubmissionStepWorker sendToCro(SubmissionSteps steps) {
        return new SubmissionStepWorker(CroSubmissionProcess.TOPIC_SEND_SUBMISSION_TO_CRO, steps::sendToCro);
    }

    public static SubmissionStepWorker recordRejection(SubmissionSteps steps) {
        return new SubmissionStepWorker(CroSubmissionProcess.TOPIC_RECORD_SUBMISSION_REJECTION, steps::recordRejection);
    }

    public static SubmissionStepWorker complete(SubmissionSteps steps) {
        return new SubmissionStepWorker(CroSubmissionProcess.TOPIC_COMPLETE_SUBMISSION, steps::complete);
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        // the business key, not the submissionId variable: a task's variables can be changed by whoever completes it
        step.accept(UUID.fromString(job.businessKey()));
        return Map.of();
    }
}

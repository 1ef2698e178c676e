package com.moleculeflow.app.submissions;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.workers.submissions.SubmissionStepWorker;
import com.moleculeflow.workers.submissions.SubmissionSteps;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The submission steps the process asks workers to do: record each state change with its audit event. */
@Service
class SubmissionProcessing implements SubmissionSteps {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SubmissionProcessing(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void sendToCro(UUID submissionId) {
        move(submissionId, SubmissionStatus.SENT_TO_CRO, "SUBMISSION_SENT_TO_CRO", "");
    }

    @Override
    @Transactional
    public void recordRejection(UUID submissionId) {
        move(submissionId, SubmissionStatus.REJECTED, "SUBMISSION_REJECTED", "");
    }

    @Override
    @Transactional
    public void complete(UUID submissionId) {
        move(submissionId, SubmissionStatus.COMPLETED, "SUBMISSION_COMPLETED", ", completed_at = now()");
    }

    private void move(UUID id, SubmissionStatus status, String action, String extraSet) {
        jdbc.sql("update submissions set status = ?" + extraSet + " where id = ?").params(status.name(), id).update();
        audit.record("engine", action, "submission", id.toString(), "status " + status);
    }

    @Configuration(proxyBeanMethods = false)
    static class Workers {

        @Bean
        SubmissionStepWorker sendSubmissionToCroWorker(SubmissionSteps steps) {
            return SubmissionStepWorker.sendToCro(steps);
        }

        @Bean
        SubmissionStepWorker recordSubmissionRejectionWorker(SubmissionSteps steps) {
            return SubmissionStepWorker.recordRejection(steps);
        }

        @Bean
        SubmissionStepWorker completeSubmissionWorker(SubmissionSteps steps) {
            return SubmissionStepWorker.complete(steps);
        }
    }
}

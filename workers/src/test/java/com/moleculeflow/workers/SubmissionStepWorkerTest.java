package com.moleculeflow.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.moleculeflow.processes.CroSubmissionProcess;
import com.moleculeflow.workers.submissions.SubmissionStepWorker;
import com.moleculeflow.workers.submissions.SubmissionSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubmissionStepWorkerTest {

    private final List<String> calls = new ArrayList<>();
    private final SubmissionSteps steps = new SubmissionSteps() {
        @Override
        public void sendToCro(UUID id) {
            calls.add("send " + id);
        }

        @Override
        public void recordRejection(UUID id) {
            calls.add("reject " + id);
        }

        @Override
        public void complete(UUID id) {
            calls.add("complete " + id);
        }
    };

    @Test
    void eachTopicAppliesItsOwnStepToTheSubmissionOfTheProcessBusinessKeyNotOfAVariable() {
        UUID id = UUID.randomUUID();
        List<SubmissionStepWorker> workers = List.of(SubmissionStepWorker.sendToCro(steps),
                SubmissionStepWorker.recordRejection(steps), SubmissionStepWorker.complete(steps));

        for (SubmissionStepWorker worker : workers) {
            // a variable changed along the way must not redirect the step to another submission
            worker.handle(new Job("j", worker.topic(), id.toString(), Map.of(CroSubmissionProcess.VAR_SUBMISSION_ID, UUID.randomUUID().toString())));
        }

        assertThat(workers).extracting(SubmissionStepWorker::topic).containsExactly(
                "send-submission-to-cro", "record-submission-rejection", "complete-submission");
        assertThat(calls).containsExactly("send " + id, "reject " + id, "complete " + id);
    }
}

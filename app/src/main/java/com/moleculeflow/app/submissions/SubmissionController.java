package com.moleculeflow.app.submissions;

import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.signatures.Signature;
import com.moleculeflow.app.signatures.Signatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Submissions")
class SubmissionController {

    private final SubmissionManagement management;
    private final Submissions submissions;
    private final Signatures signatures;
    private final CurrentUsers users;

    SubmissionController(SubmissionManagement management, Submissions submissions, Signatures signatures, CurrentUsers users) {
        this.management = management;
        this.submissions = submissions;
        this.signatures = signatures;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a submission from a library and/or molecule ids (latest batch of each), for a CRO and an assay")
    Submission draft(@RequestBody SubmissionManagement.Draft draft) {
        return management.draft(draft, users.current());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft: starts the cro-submission process, which asks an approver (never the submitter)")
    Submission submit(@PathVariable UUID id) {
        return management.submit(id, users.current());
    }

    @GetMapping
    @Operation(summary = "Submissions visible to me (a CRO user sees only those sent to their organisation)")
    List<Submission> all() {
        return submissions.visibleTo(users.current());
    }

    @GetMapping("/{id}")
    Submission get(@PathVariable UUID id) {
        return submissions.visible(id, users.current());
    }

    @GetMapping("/{id}/signatures")
    @Operation(summary = "Electronic signatures given on this submission")
    List<Signature> signatures(@PathVariable UUID id) {
        return signatures.forRecord(submissions.visible(id, users.current()).id().toString());
    }
}

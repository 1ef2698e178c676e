package com.moleculeflow.app.submissions;

import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.signatures.Signature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TaskController {

    private final ApprovalTasks tasks;
    private final CurrentUsers users;

    TaskController(ApprovalTasks tasks, CurrentUsers users) {
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Open tasks offered to my groups or assigned to me")
    List<ApprovalTask> open() {
        return tasks.openFor(users.current());
    }

    @GetMapping("/{id}")
    ApprovalTask get(@PathVariable String id) {
        return tasks.get(id, users.current());
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task so others see it is being handled")
    ApprovalTask claim(@PathVariable String id) {
        return tasks.claim(id, users.current());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Approve or reject with an electronic signature: {approved, comment, password}; the password is checked, never stored")
    Signature complete(@PathVariable String id, @RequestBody ApprovalTasks.Decision decision) {
        return tasks.decide(id, decision, users.current());
    }
}

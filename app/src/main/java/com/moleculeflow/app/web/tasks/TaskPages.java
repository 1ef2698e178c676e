package com.moleculeflow.app.web.tasks;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.signatures.Signature;
import com.moleculeflow.app.submissions.ApprovalTask;
import com.moleculeflow.app.submissions.ApprovalTasks;
import com.moleculeflow.app.submissions.Submissions;
import com.moleculeflow.app.web.PortalErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My open approval tasks, and deciding one with an electronic signature (password re-entered). */
@Controller
@RequestMapping("/tasks")
@PreAuthorize("!hasRole('CRO')")
class TaskPages {

    private final ApprovalTasks tasks;
    private final Submissions submissions;
    private final CurrentUsers users;

    TaskPages(ApprovalTasks tasks, Submissions submissions, CurrentUsers users) {
        this.tasks = tasks;
        this.submissions = submissions;
        this.users = users;
    }

    /** The decision form; the password is passed to the signature check and never kept or shown again. */
    record DecisionForm(Boolean approved, String comment, String password) {
        ApprovalTasks.Decision decision() {
            return new ApprovalTasks.Decision(approved, comment, password);
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tasks", tasks.openFor(users.current()));
        return "tasks/list";
    }

    /** Where Tasklist's approval form sends an approver: that submission's task, or the list saying why not. */
    @GetMapping(params = "submission")
    String forSubmission(@RequestParam UUID submission, RedirectAttributes redirect) {
        return tasks.openForSubmission(submission, users.current()).map(task -> "redirect:/tasks/" + task.id()).orElseGet(() -> {
            redirect.addFlashAttribute("flashError", "There is no open approval task of submission " + submission
                    + " for you: it is decided, or you submitted it (four-eyes rule).");
            return "redirect:/tasks";
        });
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        return page(id, new DecisionForm(null, "", null), null, model);
    }

    @PostMapping("/{id}")
    String decide(@PathVariable String id, DecisionForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = users.current();
        ApprovalTask task = tasks.get(id, user);
        try {
            Signature signature = tasks.decide(id, form.decision(), user);
            redirect.addFlashAttribute("flash", "task.signed");
            redirect.addFlashAttribute("flashArgs", List.of(signature.meaning(), signature.signerName()));
            return "redirect:/submissions/" + task.submissionId();
        } catch (DomainException e) {
            response.setStatus(PortalErrors.status(e).value());
            return page(id, new DecisionForm(form.approved(), form.comment(), null), e.getMessage(), model);
        }
    }

    private String page(String id, DecisionForm form, String error, Model model) {
        CurrentUser user = users.current();
        ApprovalTask task = tasks.get(id, user);
        model.addAttribute("task", task);
        model.addAttribute("submission", submissions.visible(task.submissionId(), user));
        model.addAttribute("form", form);
        model.addAttribute("flashError", error);
        return "tasks/detail";
    }
}

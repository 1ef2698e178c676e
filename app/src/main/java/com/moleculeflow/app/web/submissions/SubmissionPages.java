package com.moleculeflow.app.web.submissions;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.identity.UserDirectory;
import com.moleculeflow.app.libraries.LibraryManagement;
import com.moleculeflow.app.results.ResultIngestion;
import com.moleculeflow.app.results.ResultUpload;
import com.moleculeflow.app.signatures.Signatures;
import com.moleculeflow.app.submissions.Submission;
import com.moleculeflow.app.submissions.SubmissionManagement;
import com.moleculeflow.app.submissions.SubmissionStatus;
import com.moleculeflow.app.submissions.Submissions;
import com.moleculeflow.app.web.PortalErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Submissions: list, draft one from a library, submit it for approval, and (CRO) return results. */
@Controller
@RequestMapping("/submissions")
class SubmissionPages {

    private final SubmissionManagement management;
    private final Submissions submissions;
    private final Signatures signatures;
    private final LibraryManagement libraries;
    private final UserDirectory directory;
    private final ResultIngestion results;
    private final CurrentUsers users;

    SubmissionPages(SubmissionManagement management, Submissions submissions, Signatures signatures, LibraryManagement libraries,
                    UserDirectory directory, ResultIngestion results, CurrentUsers users) {
        this.management = management;
        this.submissions = submissions;
        this.signatures = signatures;
        this.libraries = libraries;
        this.directory = directory;
        this.results = results;
        this.users = users;
    }

    /** The "new submission" form; the library's molecules go, each as its latest batch. */
    record DraftForm(UUID libraryId, String croOrganisationId, String assay, String title) {
        SubmissionManagement.Draft draft() {
            return new SubmissionManagement.Draft(title, croOrganisationId, assay, libraryId, null);
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("submissions", submissions.visibleTo(users.current()));
        return "submissions/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) UUID libraryId, Model model) {
        return form(new DraftForm(libraryId, null, "", ""), null, model);
    }

    @PostMapping
    String draft(DraftForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Submission submission = management.draft(form.draft(), users.current());
            redirect.addFlashAttribute("flash", "submission.drafted");
            return "redirect:/submissions/" + submission.id();
        } catch (DomainException e) {
            response.setStatus(PortalErrors.status(e).value());
            return form(form, e.getMessage(), model);
        }
    }

    private String form(DraftForm form, String error, Model model) {
        if (users.current().croUser()) {
            throw DomainException.forbidden("CRO users cannot create submissions");
        }
        model.addAttribute("form", form);
        model.addAttribute("flashError", error);
        model.addAttribute("libraries", libraries.all());
        model.addAttribute("cros", directory.organisations().stream().filter(UserDirectory.Organisation::isCro).toList());
        return "submissions/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CurrentUser user = users.current();
        Submission submission = submissions.visible(id, user);
        model.addAttribute("submission", submission);
        model.addAttribute("signatures", signatures.forRecord(submission.id().toString()));
        model.addAttribute("canSubmit", submission.status() == SubmissionStatus.DRAFT && !user.croUser());
        model.addAttribute("canUploadResults", user.croUser() && submission.croOrganisationId().equals(user.organisationId())
                && submission.status() == SubmissionStatus.SENT_TO_CRO);
        return "submissions/detail";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            management.submit(id, users.current());
            redirect.addFlashAttribute("flash", "submission.submitted.message");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/submissions/" + id;
    }

    @PostMapping("/{id}/results")
    String uploadResults(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
                         RedirectAttributes redirect) {
        try {
            ResultUpload upload = results.upload(id, file, new ResultIngestion.Columns(null, null), users.current());
            redirect.addFlashAttribute("upload", upload);
            redirect.addFlashAttribute("flash", "results.uploaded");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/submissions/" + id;
    }
}

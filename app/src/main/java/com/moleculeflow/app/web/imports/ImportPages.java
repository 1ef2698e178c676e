package com.moleculeflow.app.web.imports;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.imports.ImportManagement;
import com.moleculeflow.app.imports.ImportStatus;
import com.moleculeflow.app.imports.Imports;
import com.moleculeflow.app.libraries.Library;
import com.moleculeflow.app.libraries.LibraryManagement;
import com.moleculeflow.app.molecules.Outcome;
import com.moleculeflow.app.web.Htmx;
import com.moleculeflow.chemistry.io.ColumnMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a molecule file, watch it register (htmx polls the progress fragment), save the result as a library. */
@Controller
@RequestMapping("/imports")
@PreAuthorize("!hasRole('CRO')")
class ImportPages {

    static final int RECENT = 50;
    static final int REJECTED_PAGE_SIZE = 100;

    private final ImportManagement management;
    private final Imports imports;
    private final LibraryManagement libraries;
    private final CurrentUsers users;
    private final PagingProperties paging;

    ImportPages(ImportManagement management, Imports imports, LibraryManagement libraries, CurrentUsers users, PagingProperties paging) {
        this.management = management;
        this.imports = imports;
        this.libraries = libraries;
        this.users = users;
        this.paging = paging;
    }

    /** The upload form's fields; blank columns mean "detect". */
    record UploadForm(String structureColumn, String idColumn) {
        ColumnMapping mapping() {
            return new ColumnMapping(blankToNull(structureColumn), blankToNull(idColumn));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("imports", imports.recent(RECENT));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UploadForm("", ""));
        }
        return "imports/list";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, UploadForm form, RedirectAttributes redirect) {
        try {
            UUID id = management.start(file, form.mapping(), users.current());
            return "redirect:/imports/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("form", form);
            return "redirect:/imports";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        ImportStatus status = imports.status(id);
        model.addAttribute("status", status);
        if (Htmx.isHtmx(request)) {
            if (status.finished()) {
                response.setHeader("HX-Refresh", "true");
            }
            return "imports/detail :: progress";
        }
        model.addAttribute("rejected", imports.rows(id, Outcome.rejected, paging.request(page, Math.min(REJECTED_PAGE_SIZE, paging.maxPageSize()))));
        return "imports/detail";
    }

    @PostMapping("/{id}/library")
    String saveAsLibrary(@PathVariable UUID id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            Library library = libraries.create(name, null, id, null, users.current());
            redirect.addFlashAttribute("flash", "library.created.message");
            return "redirect:/libraries/" + library.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/imports/" + id;
        }
    }
}

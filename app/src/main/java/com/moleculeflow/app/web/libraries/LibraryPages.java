package com.moleculeflow.app.web.libraries;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.libraries.Library;
import com.moleculeflow.app.libraries.LibraryManagement;
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

/** Libraries: list, create, and one library's molecules. */
@Controller
@RequestMapping("/libraries")
@PreAuthorize("!hasRole('CRO')")
class LibraryPages {

    private final LibraryManagement libraries;
    private final CurrentUsers users;
    private final PagingProperties paging;

    LibraryPages(LibraryManagement libraries, CurrentUsers users, PagingProperties paging) {
        this.libraries = libraries;
        this.users = users;
        this.paging = paging;
    }

    record LibraryForm(String name, String description) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("libraries", libraries.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LibraryForm("", ""));
        }
        return "libraries/list";
    }

    @PostMapping
    String create(LibraryForm form, RedirectAttributes redirect) {
        try {
            Library library = libraries.create(form.name(), form.description(), null, null, users.current());
            redirect.addFlashAttribute("flash", "library.created.message");
            return "redirect:/libraries/" + library.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("form", form);
            return "redirect:/libraries";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("library", libraries.get(id));
        model.addAttribute("page", libraries.members(id, paging.request(page, null)));
        return "libraries/detail";
    }
}

package com.moleculeflow.app.web.home;

import com.moleculeflow.app.common.PageRequest;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.imports.Imports;
import com.moleculeflow.app.molecules.MoleculeCatalog;
import com.moleculeflow.app.submissions.ApprovalTasks;
import com.moleculeflow.app.submissions.Submissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: how much is there, and what waits for me. */
@Controller
class HomeController {

    /** Imports are counted from the recent list; more than this shows as "this many or more". */
    static final int IMPORT_COUNT_LIMIT = 1000;

    private final CurrentUsers users;
    private final MoleculeCatalog catalog;
    private final Imports imports;
    private final ApprovalTasks tasks;
    private final Submissions submissions;

    HomeController(CurrentUsers users, MoleculeCatalog catalog, Imports imports, ApprovalTasks tasks, Submissions submissions) {
        this.users = users;
        this.catalog = catalog;
        this.imports = imports;
        this.tasks = tasks;
        this.submissions = submissions;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = users.current();
        model.addAttribute("submissionCount", submissions.visibleTo(user).size());
        if (!user.croUser()) {
            model.addAttribute("moleculeCount", catalog.browse(user, new PageRequest(1, 1), null).total());
            int importCount = imports.recent(IMPORT_COUNT_LIMIT).size();
            model.addAttribute("importCount", importCount >= IMPORT_COUNT_LIMIT ? IMPORT_COUNT_LIMIT + "+" : String.valueOf(importCount));
            model.addAttribute("taskCount", tasks.openFor(user).size());
            model.addAttribute("recentImports", imports.recent(5));
        }
        return "home";
    }
}

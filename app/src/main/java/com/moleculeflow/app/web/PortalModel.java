package com.moleculeflow.app.web;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every portal page: who is signed in and which parts of the portal their role opens. */
@ControllerAdvice(basePackages = "com.moleculeflow.app.web")
class PortalModel {

    private final CurrentUsers users;

    PortalModel(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        try {
            return users.current();
        } catch (DomainException e) {
            return null;
        }
    }

    @ModelAttribute("nav")
    Navigation nav(@ModelAttribute("me") CurrentUser me) {
        return Navigation.of(me);
    }

    /** The links a user's role can use; a CRO user only works on the submissions sent to their organisation. */
    public record Navigation(boolean molecules, boolean imports, boolean libraries, boolean submissions, boolean tasks, boolean audit) {

        static Navigation of(CurrentUser user) {
            if (user == null) {
                return new Navigation(false, false, false, false, false, false);
            }
            boolean pharma = !user.croUser();
            boolean approver = user.has(Role.APPROVER) || user.has(Role.MANAGER);
            return new Navigation(pharma, pharma, pharma, true, pharma && approver, pharma);
        }
    }
}

package com.moleculeflow.app.identity;

import com.moleculeflow.app.common.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, whatever way they signed in (token, session). */
@Component
public class CurrentUsers {

    private final UserDirectory directory;

    CurrentUsers(UserDirectory directory) {
        this.directory = directory;
    }

    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw DomainException.forbidden("sign in first");
        }
        return directory.get(auth.getName());
    }
}

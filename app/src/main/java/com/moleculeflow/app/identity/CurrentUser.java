package com.moleculeflow.app.identity;

import java.util.List;
import java.util.Set;

/** The signed-in person as the business sees them: organisation decides what they may see, roles what they may do. */
public record CurrentUser(String username, String displayName, String organisationId, String organisationName,
                          boolean croUser, Set<Role> roles, List<String> groupIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

package com.moleculeflow.app.identity;

/** A role is an engine group, so Tasklist candidate groups and our authorisation speak the same words. */
public enum Role {
    SCIENTIST("scientists"),
    APPROVER("approvers"),
    MANAGER("managers"),
    ADMIN("admins"),
    CRO("cro");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public static java.util.Optional<Role> ofGroup(String groupId) {
        for (Role role : values()) {
            if (role.groupId.equals(groupId)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}

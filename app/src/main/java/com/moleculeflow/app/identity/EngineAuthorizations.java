package com.moleculeflow.app.identity;

import com.moleculeflow.processes.CroSubmissionProcess;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do inside the engine's own apps, granted once per group (in every mode: the groups are our
 * roles). Administrators may do everything; approvers may open Tasklist, see the submission process and its task
 * filters, and work the tasks offered to their group (the engine grants task access through the candidate group).
 * Everyone else has no access to Tasklist or Cockpit.
 */
@Component
@Order(0)
class EngineAuthorizations implements ApplicationRunner {

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String adminGroup : new String[] {Groups.OPERATON_ADMIN, Role.ADMIN.groupId()}) {
            for (Resource resource : Resources.values()) {
                grant(adminGroup, resource, Authorization.ANY, Permissions.ALL);
            }
        }
        String approvers = Role.APPROVER.groupId();
        grant(approvers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(approvers, Resources.FILTER, Authorization.ANY, Permissions.READ);
        grant(approvers, Resources.PROCESS_DEFINITION, CroSubmissionProcess.PROCESS_ID, Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!granted) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}

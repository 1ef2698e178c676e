package com.moleculeflow.app.identity;

import com.moleculeflow.app.common.RunMode;
import java.util.List;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local mode's demo organisations and users (passwords in the README). Created once, on first start, on the embedded
 * database; on a database named by {@code DATABASE_URL} only when {@code DEMO_USERS=true} says so (a shared
 * development database), since their passwords are published; never in production mode, where identities come from
 * the identity provider and asking for them stops the start.
 */
@Component
class DemoIdentities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

    record DemoUser(String username, String password, String firstName, String lastName, String organisationId, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("scientist", "scientist-demo", "Sam", "Scientist", "pharma", List.of(Role.SCIENTIST.groupId())),
            new DemoUser("approver", "approver-demo", "Alex", "Approver", "pharma", List.of(Role.APPROVER.groupId(), Role.SCIENTIST.groupId())),
            new DemoUser("manager", "manager-demo", "Morgan", "Manager", "pharma", List.of(Role.MANAGER.groupId(), Role.APPROVER.groupId())),
            new DemoUser("admin", "admin-demo", "Ada", "Admin", "pharma", List.of(Role.ADMIN.groupId(), Groups.OPERATON_ADMIN)),
            new DemoUser("cro", "cro-demo", "Chris", "Acme", "acme-cro", List.of(Role.CRO.groupId())));

    private final IdentityService identityService;
    private final JdbcClient jdbc;
    private final Environment environment;

    DemoIdentities(IdentityService identityService, JdbcClient jdbc, Environment environment) {
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        jdbc.sql("insert into organisations (id, name, kind) values ('pharma', 'Pharma', 'PHARMA'), ('acme-cro', 'Acme CRO', 'CRO') on conflict do nothing").update();
        for (Role role : Role.values()) {
            createGroup(role.groupId(), role.name().charAt(0) + role.name().substring(1).toLowerCase() + "s");
        }
        createGroup(Groups.OPERATON_ADMIN, "Operaton administrators");
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.username()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.username());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(demo.password());
            user.setEmail(demo.username() + "@example.org");
            identityService.saveUser(user);
            demo.groups().forEach(g -> identityService.createMembership(demo.username(), g));
            jdbc.sql("insert into organisation_members (username, organisation_id) values (?, ?) on conflict do nothing")
                    .params(demo.username(), demo.organisationId()).update();
            log.info("Created demo user {} ({})", demo.username(), demo.groups());
        }
    }

    private boolean wanted() {
        String databaseUrl = environment.getProperty("DATABASE_URL", "");
        boolean wanted = environment.getProperty("DEMO_USERS", Boolean.class, databaseUrl.isBlank());
        if (wanted && RunMode.of(environment) == RunMode.PRODUCTION) {
            throw new IllegalStateException("production mode: DEMO_USERS=true is refused (demo users have published passwords)");
        }
        if (!wanted && RunMode.of(environment) == RunMode.LOCAL) {
            log.info("No demo users (DATABASE_URL names an external database, or DEMO_USERS=false); DEMO_USERS=true creates them");
        }
        return wanted;
    }

    private void createGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}

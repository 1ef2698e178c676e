package com.moleculeflow.app.identity;

import com.moleculeflow.app.common.DomainException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks people up: credentials and groups from the engine's identity store, organisation from ours. */
@Service
public class UserDirectory {

    private final IdentityService identityService;
    private final JdbcClient jdbc;

    UserDirectory(IdentityService identityService, JdbcClient jdbc) {
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    /** True when the password is the user's; used for sign-in and for re-authentication when signing. */
    public boolean checkPassword(String username, String password) {
        return username != null && password != null && identityService.checkPassword(username, password);
    }

    public Optional<CurrentUser> find(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupIds.forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
        record Org(String id, String name, String kind) { }
        Org org = jdbc.sql("""
                        select o.id, o.name, o.kind from organisation_members m join organisations o on o.id = m.organisation_id
                        where m.username = ?""")
                .param(username).query(Org.class).optional().orElse(new Org(null, null, "PHARMA"));
        String displayName = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return Optional.of(new CurrentUser(username, displayName.isEmpty() ? username : displayName, org.id(), org.name(),
                "CRO".equals(org.kind()), roles, groupIds));
    }

    public CurrentUser get(String username) {
        return find(username).orElseThrow(() -> DomainException.notFound("User", username));
    }

    /** The display name of an organisation, or a clear refusal when the id names none. */
    public Organisation organisation(String organisationId) {
        return jdbc.sql("select id, name, kind from organisations where id = ?").param(organisationId)
                .query(Organisation.class).optional()
                .orElseThrow(() -> DomainException.notFound("Organisation", organisationId));
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select id, name, kind from organisations order by name").query(Organisation.class).list();
    }

    public record Organisation(String id, String name, String kind) {
        public boolean isCro() {
            return "CRO".equals(kind);
        }
    }
}

package com.moleculeflow.app.identity;

import com.moleculeflow.app.common.DomainException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up: credentials and groups from the engine's identity store, organisation from ours. */
@Service
public class UserDirectory {

    private final IdentityService identityService;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    UserDirectory(IdentityService identityService, ProcessEngine engine, JdbcClient jdbc) {
        this.identityService = identityService;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /**
     * True when the password is the user's; used for sign-in and for re-authentication when signing. A wrong password
     * counts towards the engine's lock-out (a growing delay, then a lock an administrator lifts) in a transaction of
     * its own: a caller that refuses and rolls back (a signature) must not erase the failed attempt, or passwords
     * could be guessed without limit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean checkPassword(String username, String password) {
        // no user id is longer than the engine's 64 characters or holds a NUL: such a name is simply unknown
        return username != null && password != null && username.length() <= 64 && username.indexOf('\0') < 0
                && identityService.checkPassword(username, password);
    }

    /**
     * Why no password of the user is accepted now, as the end of a sentence ("until 10:42:07 UTC", "until an
     * administrator unlocks the account"), or empty when passwords are checked as usual.
     */
    public Optional<String> lockout(String username) {
        if (!(identityService.createUserQuery().userId(username).singleResult() instanceof UserEntity user)) {
            return Optional.empty();
        }
        int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
        if (user.getAttempts() >= maxAttempts) {
            return Optional.of("until an administrator unlocks the account (%d wrong passwords)".formatted(user.getAttempts()));
        }
        return Optional.ofNullable(user.getLockExpirationTime()).map(Date::toInstant).filter(Instant.now()::isBefore)
                .map(until -> "until " + DateTimeFormatter.ISO_LOCAL_TIME.format(until.atOffset(ZoneOffset.UTC).withNano(0)) + " UTC");
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

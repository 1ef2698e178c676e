package com.moleculeflow.app.libraries;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.TextFields;
import com.moleculeflow.app.common.PageRequest;
import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.imports.Imports;
import com.moleculeflow.app.molecules.MoleculeCatalog;
import com.moleculeflow.app.molecules.ParentSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates libraries and keeps their membership; pharma users only. */
@Service
public class LibraryManagement {

    private static final String LIBRARY_COLUMNS = """
            l.id, l.name, l.description, (select count(*) from library_members m where m.library_id = l.id) as molecule_count, l.created_by, l.created_at""";

    private final JdbcClient jdbc;
    private final Imports imports;
    private final MoleculeCatalog catalog;
    private final AuditTrail audit;

    LibraryManagement(JdbcClient jdbc, Imports imports, MoleculeCatalog catalog, AuditTrail audit) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public Library create(String name, String description, UUID fromImport, Collection<Long> moleculeIds, CurrentUser user) {
        if (user.croUser()) {
            throw DomainException.forbidden("CRO users cannot create libraries");
        }
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name: a library needs a name");
        }
        TextFields.check("name", name.strip(), 200);
        TextFields.check("description", description, 10_000);
        if (fromImport != null) {
            String status = imports.status(fromImport).status();
            if (!"COMPLETED".equals(status)) {
                // rows registered later would never reach the library
                throw DomainException.conflict("importId: import " + fromImport + " is " + status + "; a library can be saved from a COMPLETED import only");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into libraries (id, name, description, created_by) values (?, ?, ?, ?)")
                .params(id, name.strip(), description, user.username()).update();
        audit.record(user.username(), "LIBRARY_CREATED", "library", id.toString(),
                "name '%s'%s".formatted(name.strip(), fromImport == null ? "" : " from import " + fromImport));
        LinkedHashSet<Long> members = new LinkedHashSet<>();
        if (fromImport != null) {
            members.addAll(imports.parentIds(fromImport));
        }
        if (moleculeIds != null) {
            members.addAll(moleculeIds);
        }
        if (!members.isEmpty()) {
            add(id, members, user);
        }
        return get(id);
    }

    @Transactional
    public Library add(UUID libraryId, Collection<Long> moleculeIds, CurrentUser user) {
        get(libraryId);
        if (user.croUser()) {
            throw DomainException.forbidden("CRO users cannot change libraries");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(moleculeIds));
        List<Long> known = catalog.summaries(ids).stream().map(ParentSummary::id).toList();
        List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("moleculeIds: unknown molecule ids " + unknown);
        }
        int added = 0;
        for (Long parentId : ids) {
            added += jdbc.sql("insert into library_members (library_id, parent_id, added_by) values (?, ?, ?) on conflict do nothing")
                    .params(libraryId, parentId, user.username()).update();
        }
        audit.record(user.username(), "LIBRARY_MOLECULES_ADDED", "library", libraryId.toString(), added + " molecules added");
        return get(libraryId);
    }

    public Library get(UUID id) {
        return jdbc.sql("select " + LIBRARY_COLUMNS + " from libraries l where l.id = ?").param(id).query(Library.class).optional()
                .orElseThrow(() -> DomainException.notFound("Library", id));
    }

    public List<Library> all() {
        return jdbc.sql("select " + LIBRARY_COLUMNS + " from libraries l order by l.created_at desc").query(Library.class).list();
    }

    public List<Long> memberIds(UUID libraryId) {
        get(libraryId);
        return jdbc.sql("select parent_id from library_members where library_id = ? order by added_at, parent_id")
                .param(libraryId).query(Long.class).list();
    }

    public Page<ParentSummary> members(UUID libraryId, PageRequest page) {
        List<Long> ids = memberIds(libraryId);
        int from = (int) Math.min(page.offset(), ids.size());
        int to = Math.min(from + page.size(), ids.size());
        return new Page<>(catalog.summaries(ids.subList(from, to)), page.page(), page.size(), ids.size());
    }
}

package com.moleculeflow.app.libraries;

import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.molecules.ParentSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/libraries")
@Tag(name = "Libraries")
@PreAuthorize("!hasRole('CRO')")
class LibraryController {

    private final LibraryManagement libraries;
    private final CurrentUsers users;
    private final PagingProperties paging;

    LibraryController(LibraryManagement libraries, CurrentUsers users, PagingProperties paging) {
        this.libraries = libraries;
        this.users = users;
        this.paging = paging;
    }

    record NewLibrary(String name, String description, UUID importId, List<Long> moleculeIds) {
    }

    record Molecules(@NotEmpty List<Long> moleculeIds) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a library, optionally filled from an import (importId) and/or molecule ids")
    Library create(@RequestBody NewLibrary body) {
        return libraries.create(body.name(), body.description(), body.importId(), body.moleculeIds(), users.current());
    }

    @GetMapping
    @Operation(summary = "All libraries, newest first")
    List<Library> all() {
        return libraries.all();
    }

    @GetMapping("/{id}")
    Library get(@PathVariable UUID id) {
        return libraries.get(id);
    }

    @PostMapping("/{id}/molecules")
    @Operation(summary = "Add molecules (parent ids) to a library; adding one already there changes nothing")
    Library add(@PathVariable UUID id, @Valid @RequestBody Molecules body) {
        return libraries.add(id, body.moleculeIds(), users.current());
    }

    @GetMapping("/{id}/molecules")
    @Operation(summary = "The library's molecules, one page at a time")
    Page<ParentSummary> members(@PathVariable UUID id, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return libraries.members(id, paging.request(page, size));
    }
}

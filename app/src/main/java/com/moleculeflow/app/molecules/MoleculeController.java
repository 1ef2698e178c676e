package com.moleculeflow.app.molecules;

import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.chemistry.Depiction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/molecules")
@Tag(name = "Molecules")
class MoleculeController {

    private final MoleculeCatalog catalog;
    private final CurrentUsers users;
    private final PagingProperties paging;
    private final Depiction depiction = new Depiction();

    MoleculeController(MoleculeCatalog catalog, CurrentUsers users, PagingProperties paging) {
        this.catalog = catalog;
        this.users = users;
        this.paging = paging;
    }

    @GetMapping
    @Operation(summary = "Browse parents, one page at a time (page from 1, size up to the maximum; sort=field,asc|desc)")
    Page<ParentSummary> browse(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String sort) {
        return catalog.browse(users.current(), paging.request(page, size), sort);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One parent with its identity layers, properties, batches and results")
    MoleculeDetail detail(@PathVariable long id) {
        return catalog.detail(users.current(), id);
    }

    @GetMapping(value = "/{id}/depiction.svg", produces = "image/svg+xml")
    @Operation(summary = "The parent's structure drawn as SVG")
    ResponseEntity<String> depiction(@PathVariable long id) {
        String svg = depiction.svg(catalog.smiles(users.current(), id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(svg);
    }
}

package com.moleculeflow.app.imports;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.common.PagingProperties;
import com.moleculeflow.app.identity.CurrentUsers;
import com.moleculeflow.app.molecules.Outcome;
import com.moleculeflow.chemistry.io.ColumnMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
@PreAuthorize("!hasRole('CRO')")
class ImportController {

    private final ImportManagement management;
    private final Imports imports;
    private final CurrentUsers users;
    private final PagingProperties paging;

    ImportController(ImportManagement management, Imports imports, CurrentUsers users, PagingProperties paging) {
        this.management = management;
        this.imports = imports;
        this.users = users;
        this.paging = paging;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV/TSV or SMILES file; registration runs in the background as a molecule-import process")
    @ApiResponse(responseCode = "202", description = "accepted: {id, status QUEUED, statusUrl}; follow progress at statusUrl")
    @ApiResponse(responseCode = "400", description = "the file cannot be read as molecules (problem+json saying why)")
    ResponseEntity<Map<String, Object>> start(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "header of the structure column (default: detected, e.g. smiles)") @RequestParam(required = false) String structureColumn,
            @Parameter(description = "header of the identifier column (default: detected, e.g. id, nci_id, name)") @RequestParam(required = false) String idColumn) {
        UUID id = management.start(file, new ColumnMapping(blankToNull(structureColumn), blankToNull(idColumn)), users.current());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "QUEUED", "statusUrl", "/api/v1/imports/" + id));
    }

    @GetMapping
    @Operation(summary = "The latest imports, newest first")
    List<ImportStatus> recent() {
        return imports.recent(50);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and outcome counts (rows/s and ETA while running)")
    ImportStatus status(@PathVariable UUID id) {
        return imports.status(id);
    }

    @GetMapping("/{id}/rows")
    @Operation(summary = "Row outcomes in file order, each with line number, original text and reason; filter by status")
    Page<ImportRow> rows(@PathVariable UUID id,
                         @Parameter(description = "registered, duplicate, in_review or rejected") @RequestParam(required = false) String status,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return imports.rows(id, outcome(status), paging.request(page, size));
    }

    private static Outcome outcome(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status must be one of " + Arrays.toString(Outcome.values()) + ", was '" + status + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

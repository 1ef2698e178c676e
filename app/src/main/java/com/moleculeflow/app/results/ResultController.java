package com.moleculeflow.app.results;

import com.moleculeflow.app.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Results")
class ResultController {

    private final ResultIngestion ingestion;
    private final CurrentUsers users;

    ResultController(ResultIngestion ingestion, CurrentUsers users) {
        this.ingestion = ingestion;
        this.users = users;
    }

    @PostMapping(value = "/api/v1/submissions/{id}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "CRO returns a results CSV (identifier, numeric value); rows are matched against this submission's molecules only")
    ResultUpload upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                        @Parameter(description = "identifier column header (default Name)") @RequestParam(required = false) String identifierColumn,
                        @Parameter(description = "value column header (default Act)") @RequestParam(required = false) String valueColumn) {
        return ingestion.upload(id, file, new ResultIngestion.Columns(identifierColumn, valueColumn), users.current());
    }
}

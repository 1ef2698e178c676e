package com.moleculeflow.app.imports;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.TextUploads;
import com.moleculeflow.app.documents.Document;
import com.moleculeflow.app.documents.Documents;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.chemistry.io.ColumnMapping;
import com.moleculeflow.chemistry.io.MoleculeFileReader;
import com.moleculeflow.processes.MoleculeImportProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Starts imports: checks the file can be read as molecules, keeps it as a document, starts the process. */
@Service
public class ImportManagement {

    private final Documents documents;
    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final ImportProperties properties;

    ImportManagement(Documents documents, JdbcClient jdbc, RuntimeService runtime, AuditTrail audit, ImportProperties properties) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public UUID start(MultipartFile file, ColumnMapping mapping, CurrentUser user) {
        if (user.croUser()) {
            throw DomainException.forbidden("CRO users cannot register molecules");
        }
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file: no file uploaded, or the file is empty");
        }
        String fileName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        checkReadable(file, fileName, mapping);
        Document document;
        try (InputStream in = file.getInputStream()) {
            document = documents.keep(fileName, file.getContentType(), in, "molecule-import", user.username());
        } catch (IOException e) {
            throw DomainException.invalid("file: could not read the upload (" + e.getMessage() + ")");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into imports (id, file_name, document_id, structure_column, id_column, status, chunk_size, created_by)
                        values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(id, fileName, document.id(), mapping.structureColumn(), mapping.idColumn(), properties.chunkSize(), user.username())
                .update();
        String processInstanceId = runtime.startProcessInstanceByKey(MoleculeImportProcess.PROCESS_ID, id.toString(),
                Map.of(MoleculeImportProcess.VAR_IMPORT_ID, id.toString())).getId();
        jdbc.sql("update imports set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
        audit.record(user.username(), "IMPORT_STARTED", "import", id.toString(),
                "file %s (document %s, sha256 %s)".formatted(fileName, document.id(), document.sha256()));
        return id;
    }

    /** Refuses at once a file whose format or column mapping cannot work, before anything is kept or started. */
    private static void checkReadable(MultipartFile file, String fileName, ColumnMapping mapping) {
        try (InputStream sniff = file.getInputStream()) {
            TextUploads.requireText(sniff, fileName);
        } catch (IOException e) {
            throw DomainException.invalid("file " + fileName + ": could not be read (" + e.getMessage() + ")");
        }
        try (InputStream in = file.getInputStream(); MoleculeFileReader reader = MoleculeFileReader.open(in, fileName, mapping)) {
            if (!reader.hasNext()) {
                throw DomainException.invalid("file " + fileName + ": no data rows (only a header, or blank lines)");
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("file " + fileName + ": " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw DomainException.invalid("file " + fileName + ": could not be read (" + e.getMessage() + ")");
        }
    }
}

package com.moleculeflow.app.documents;

import com.moleculeflow.app.database.LocalDataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/** Documents as files under the data directory; written to a temporary name first so a crash leaves no half file. */
@Component
class FilesystemDocumentStore implements DocumentStore {

    private final Path root;

    FilesystemDocumentStore(LocalDataDirectory dataDirectory) {
        this.root = dataDirectory.resolve("documents");
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long size = Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return size;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("document key escapes the store: " + key);
        }
        return path;
    }
}

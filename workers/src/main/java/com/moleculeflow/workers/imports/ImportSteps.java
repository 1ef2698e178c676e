package com.moleculeflow.workers.imports;

import java.util.UUID;

/** The import use cases the workers call; the application implements them. */
public interface ImportSteps {

    /**
     * Counts the rows of the import's stored file and marks it running.
     *
     * @return the number of chunks to register, 0 for a file without data rows
     * @throws UnreadableImportFile when the file cannot be read as molecules at all
     */
    int prepare(UUID importId);

    /** Validates, standardises and registers the rows of one chunk (0-based, in file order). Repeating a chunk is harmless. */
    void registerChunk(UUID importId, int chunkIndex);

    /** Marks the import completed once every chunk is registered. */
    void complete(UUID importId);

    /** The stored file cannot be read as molecules (wrong format, unknown column): the import fails with this reason. */
    class UnreadableImportFile extends RuntimeException {
        public UnreadableImportFile(String reason) {
            super(reason);
        }
    }
}

package com.moleculeflow.processes;

/**
 * Names used from Java for the {@code molecule-import} process ({@code bpmn/molecule-import.bpmn}).
 *
 * <p>The process is started with business key = import id and variable {@link #VAR_IMPORT_ID}. A worker on
 * {@link #TOPIC_PREPARE_IMPORT} reads the stored file, splits it into chunks and completes with
 * {@link #VAR_CHUNK_COUNT}, or throws BPMN error {@link #ERROR_IMPORT_FILE_UNREADABLE}. One external task per
 * chunk follows on {@link #TOPIC_REGISTER_IMPORT_CHUNK}, strictly in file order (sequential multi-instance), each
 * carrying its own {@link #VAR_CHUNK_INDEX} (0-based). A chunk count of 0 skips straight to
 * {@link #TOPIC_COMPLETE_IMPORT}.
 */
public final class MoleculeImportProcess {

    public static final String PROCESS_ID = "molecule-import";
    public static final String RESOURCE = "bpmn/molecule-import.bpmn";

    public static final String TOPIC_PREPARE_IMPORT = "prepare-import";
    public static final String TOPIC_REGISTER_IMPORT_CHUNK = "register-import-chunk";
    public static final String TOPIC_COMPLETE_IMPORT = "complete-import";

    /** Start variable (String): the import's id, also the business key. */
    public static final String VAR_IMPORT_ID = "importId";
    /** Set by the {@code prepare-import} worker (Integer, 0 or more). */
    public static final String VAR_CHUNK_COUNT = "chunkCount";
    /** Local to each {@code register-import-chunk} task (Integer, 0-based, in file order). */
    public static final String VAR_CHUNK_INDEX = "chunkIndex";

    /** Business outcome thrown by the {@code prepare-import} worker when the file cannot be read. */
    public static final String ERROR_IMPORT_FILE_UNREADABLE = "IMPORT_FILE_UNREADABLE";

    public static final String START_EVENT_IMPORT_REQUESTED = "StartEvent_ImportRequested";
    public static final String SERVICE_TASK_PREPARE_IMPORT = "ServiceTask_PrepareImport";
    public static final String BOUNDARY_EVENT_IMPORT_FILE_UNREADABLE = "BoundaryEvent_ImportFileUnreadable";
    public static final String SERVICE_TASK_REGISTER_CHUNK = "ServiceTask_RegisterChunk";
    public static final String SERVICE_TASK_COMPLETE_IMPORT = "ServiceTask_CompleteImport";
    public static final String END_EVENT_IMPORT_COMPLETED = "EndEvent_ImportCompleted";
    public static final String END_EVENT_IMPORT_FAILED = "EndEvent_ImportFailed";

    private MoleculeImportProcess() {
    }
}

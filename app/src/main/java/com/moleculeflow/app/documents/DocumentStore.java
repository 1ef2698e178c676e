package com.moleculeflow.app.documents;

import java.io.IOException;
import java.io.InputStream;

/** Where document bytes live: the local filesystem by default, S3 in production (a later adapter). */
public interface DocumentStore {

    /** Stores the stream under the key and returns the number of bytes written. */
    long put(String key, InputStream content) throws IOException;

    InputStream open(String key) throws IOException;
}

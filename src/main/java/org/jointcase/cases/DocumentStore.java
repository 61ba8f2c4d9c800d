package org.jointcase.cases;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of documents live. Jointcase keeps them in PostgreSQL ({@code document_chunk}), so that every node
 * of the cluster reads every document; an object store can take its place by implementing this interface. Saving
 * joins the caller's transaction, so a failed upload leaves no bytes behind.
 */
public interface DocumentStore {

	void save(UUID documentId, InputStream content, long size);

	InputStream open(UUID documentId);
}

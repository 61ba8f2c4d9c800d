package org.jointcase.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps documents in PostgreSQL, in chunks of {@value #CHUNK} bytes ({@code document_chunk}): saving reads the
 * content one chunk at a time, and the stream {@link #open} answers fetches the next chunk only when the reader gets
 * there, so a 25 MB download holds one chunk in memory, not the file.
 */
@Component
class DatabaseDocumentStore implements DocumentStore {

	static final int CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;

	DatabaseDocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(UUID documentId, InputStream content, long size) {
		try {
			int position = 0;
			for (byte[] chunk = content.readNBytes(CHUNK); chunk.length > 0; chunk = content.readNBytes(CHUNK)) {
				jdbc.sql("insert into document_chunk (document_id, position, content) values (?, ?, ?)")
					.params(documentId, position++, chunk)
					.update();
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	@Override
	public InputStream open(UUID documentId) {
		return new InputStream() {

			private int next;
			private byte[] chunk = new byte[0];
			private int read;

			@Override
			public int read() {
				return fill() ? chunk[read++] & 0xff : -1;
			}

			@Override
			public int read(byte[] into, int offset, int length) {
				if (length == 0) {
					return 0;
				}
				if (!fill()) {
					return -1;
				}
				int count = Math.min(length, chunk.length - read);
				System.arraycopy(chunk, read, into, offset, count);
				read += count;
				return count;
			}

			/** Whether bytes are left, fetching the next chunk once this one is read. */
			private boolean fill() {
				while (read == chunk.length) {
					byte[] fetched = jdbc.sql("select content from document_chunk where document_id = ? and position = ?")
						.params(documentId, next)
						.query(byte[].class)
						.optional()
						.orElse(null);
					if (fetched == null) {
						return false;
					}
					next++;
					chunk = fetched;
					read = 0;
				}
				return true;
			}
		};
	}
}

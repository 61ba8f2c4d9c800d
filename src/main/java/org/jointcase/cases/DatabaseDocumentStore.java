package org.jointcase.cases;

import java.io.InputStream;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class DatabaseDocumentStore implements DocumentStore {

	private final JdbcTemplate jdbc;

	DatabaseDocumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(UUID documentId, InputStream content, long size) {
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("insert into document_content (document_id, content) values (?, ?)");
			statement.setObject(1, documentId);
			statement.setBinaryStream(2, content, size);
			return statement;
		});
	}

	@Override
	public InputStream open(UUID documentId) {
		byte[] bytes = jdbc.queryForObject("select content from document_content where document_id = ?", byte[].class,
				documentId);
		return new java.io.ByteArrayInputStream(bytes);
	}
}

package org.jointcase.idempotency;

import java.time.Instant;
import java.util.Optional;

import org.jointcase.persistence.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdempotencyRepository {

	private final JdbcClient jdbc;

	IdempotencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Used(String operation, String requestHash, String answer) {
	}

	void claim(String officer, String key, String operation, String requestHash, Instant at) {
		jdbc.sql("""
				insert into idempotency_key (officer, key_value, operation, request_hash, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(officer, key, operation, requestHash, Timestamps.of(at))
			.update();
	}

	void answer(String officer, String key, String resource, String answer, Instant at) {
		jdbc.sql("""
				update idempotency_key set resource = ?, answer = ?, answered_at = ?
				where officer = ? and key_value = ?""")
			.params(resource, answer, Timestamps.of(at), officer, key)
			.update();
	}

	Optional<Used> find(String officer, String key) {
		return jdbc.sql("select operation, request_hash, answer from idempotency_key where officer = ? and key_value = ?")
			.params(officer, key)
			.query((rs, n) -> new Used(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}
}

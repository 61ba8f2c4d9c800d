package org.jointcase.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.jointcase.web.ApiProblem;
import org.jointcase.web.Races;
import org.jointcase.web.StoredIn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a change runs: in one transaction, retried once when it lost a race ({@link Races}), and, with an
 * {@code Idempotency-Key}, at most once per officer and key.
 *
 * <p>What callers may rely on, for a change made with a key:
 * <ul>
 * <li>The key is claimed by the first statement of the change's own transaction (a row of
 * {@code idempotency_key}), and the answer the change returns is stored in that transaction too: the key, the
 * change and its answer commit together or not at all. A change that fails leaves no key, so a retry runs it
 * again.</li>
 * <li>The same key with the same request (same operation, same canonical body) answers the first answer, stored as
 * JSON and read back as {@code answerType}, on whichever node and after any restart. A retry sent while the first
 * request still runs waits for it inside the database (its claim blocks on the first one's row) and then answers
 * the first answer; where the database cannot wait (H2) it gets 409 with the rule {@link #IN_PROGRESS}.</li>
 * <li>The same key with another operation or body gets 422 with the rule {@link #SAME_KEY_SAME_BODY}.</li>
 * <li>The request hash is canonical: the body as JSON with every object's keys sorted, records by their properties
 * in name order, nulls left out, so it is the same in every JVM whatever the order of a map.</li>
 * </ul>
 * Keys are per officer: a stored answer is only ever given back to the officer it was made for. Without a key the
 * change still runs in one transaction and is retried once after a lost race.
 */
@Service
public class Idempotency {

	/** The request header that carries the key. */
	public static final String HEADER = "Idempotency-Key";
	/** The longest key a client may send. */
	@StoredIn("idempotency_key.key_value")
	public static final int MAX_KEY_LENGTH = 128;
	public static final String SAME_KEY_SAME_BODY = "same-key-same-body";
	public static final String IN_PROGRESS = "idempotency-key-in-progress";

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.findAndAddModules()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
		.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build();

	private final IdempotencyRepository repository;
	private final ObjectMapper json;
	private final TransactionTemplate transaction;
	private final TransactionTemplate savepoint;

	Idempotency(IdempotencyRepository repository, ObjectMapper json, PlatformTransactionManager transactions) {
		this.repository = repository;
		// Read back as it was written: a set keeps the order its answer listed it in.
		this.json = json.copy().registerModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class));
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * A change by {@code officer} ({@code key} {@code null} or blank for a change without key) of the kind
	 * {@code operation} with {@code body}: everything that makes the request what it is, path parameters included.
	 */
	public record Request(String officer, String key, String operation, Object body) {

		boolean keyed() {
			return key != null && !key.isBlank();
		}
	}

	/**
	 * Runs {@code change} as {@link Idempotency} describes and answers what it returns, or what it returned the first
	 * time for the request's key. {@code resource} names what the change made or changed (stored beside the answer,
	 * for an operator); {@code null} for none.
	 */
	public <T> T once(Request request, Class<T> answerType, Function<? super T, ?> resource, Supplier<T> change) {
		String hash = request.keyed() ? hash(request) : null;
		try {
			return attempt(request, hash, answerType, resource, change);
		}
		catch (RuntimeException failure) {
			if (!Races.lost(failure)) {
				throw failure;
			}
			// Its transaction rolled back whole: run it once more, against what the winner committed.
			try {
				return attempt(request, hash, answerType, resource, change);
			}
			catch (RuntimeException again) {
				throw Races.lost(again) ? Races.conflict() : again;
			}
		}
	}

	/** {@link #once} for a change that answers nothing but that it was done. */
	public void once(Request request, Runnable change) {
		once(request, Boolean.class, null, () -> {
			change.run();
			return Boolean.TRUE;
		});
	}

	private <T> T attempt(Request request, String hash, Class<T> answerType, Function<? super T, ?> resource,
			Supplier<T> change) {
		return transaction.execute(status -> {
			if (request.keyed()) {
				Optional<String> earlier = claim(request, hash);
				if (earlier.isPresent()) {
					return read(earlier.get(), answerType);
				}
			}
			T answer = change.get();
			if (request.keyed()) {
				Object made = resource == null || answer == null ? null : resource.apply(answer);
				repository.answer(request.officer(), request.key(), made == null ? null : made.toString(),
						write(answer), Instant.now());
			}
			return answer;
		});
	}

	/** Claims the key in the caller's transaction; the first answer if the key was used before with this request. */
	private Optional<String> claim(Request request, String hash) {
		try {
			savepoint.executeWithoutResult(status -> repository.claim(request.officer(), request.key(),
					request.operation(), hash, Instant.now()));
			return Optional.empty();
		}
		catch (DuplicateKeyException used) {
			IdempotencyRepository.Used earlier = repository.find(request.officer(), request.key())
				.orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, null, IN_PROGRESS,
						"A request with this Idempotency-Key is still running: retry in a moment"));
			if (!earlier.operation().equals(request.operation()) || !earlier.requestHash().equals(hash)) {
				throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, HEADER, SAME_KEY_SAME_BODY,
						"This Idempotency-Key was used with a different request");
			}
			return Optional.of(earlier.answer());
		}
	}

	/** The canonical SHA-256 of the request's operation and body, in hex. */
	static String hash(Request request) {
		try {
			Object tree = CANONICAL.convertValue(request.body(), Object.class);
			byte[] canonical = CANONICAL.writeValueAsBytes(tree);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(request.operation().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			return HexFormat.of().formatHex(digest.digest(canonical));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private String write(Object answer) {
		try {
			return json.writeValueAsString(answer);
		}
		catch (JsonProcessingException failure) {
			throw new IllegalStateException("The answer cannot be stored as JSON", failure);
		}
	}

	private <T> T read(String answer, Class<T> type) {
		try {
			return json.readValue(answer, type);
		}
		catch (JsonProcessingException failure) {
			throw new IllegalStateException("The stored answer does not read as " + type.getSimpleName(), failure);
		}
	}
}

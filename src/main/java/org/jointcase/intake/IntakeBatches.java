package org.jointcase.intake;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.audit.Refusals;
import org.jointcase.persistence.Timestamps;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Batch files of items. The file is read whole first — a file that is not CSV or XLSX, cannot be read or lacks a
 * required column is refused whole (400) and nothing is imported; then its rows are taken in in the background,
 * each as {@link IntakeItems#receive} takes an item (so a row whose work order was imported before imports nothing
 * again), {@value #CHUNK} rows to a transaction shared out to the workers (a chunk with a row that fails is taken
 * in again row by row, so that only that row is refused), while the batch record shows the rows read, imported, already imported and refused. Each
 * refused row is reported with its number, field and rule. The batch is read by the case workers of the agency that
 * uploaded it; others get 404.
 */
@Service
public class IntakeBatches {

	private static final Logger log = LoggerFactory.getLogger(IntakeBatches.class);
	private static final String TARGET = "intake-batch";
	private static final int WORKERS = 4;
	/** Rows taken in per transaction. */
	private static final int CHUNK = 50;
	private static final int PROGRESS_EVERY = 50;
	private static final Map<String, String> FIELDS = Map.of("person.name", "personName", "person.contact",
			"personContact", "business.name", "businessName", "business.creditCode", "creditCode", "business.address",
			"businessAddress", "business.regionCode", "businessRegion");

	private final JdbcClient jdbc;
	private final IntakeItems items;
	private final IntakePolicy policy;
	private final Refusals refusals;
	private final Validator validator;
	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

	IntakeBatches(JdbcClient jdbc, IntakeItems items, IntakePolicy policy, Refusals refusals, Validator validator) {
		this.jdbc = jdbc;
		this.items = items;
		this.policy = policy;
		this.refusals = refusals;
		this.validator = validator;
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	/** A batch as it stands: {@code RUNNING} while rows are imported, then {@code DONE} with the refused rows. */
	public record BatchView(UUID id, String fileName, String format, String sha256, String status, int totalRows,
			int rowsRead, int imported, int alreadyImported, int refused, List<RefusedRow> refusedRows,
			String uploadedBy, String agencyCode, Instant startedAt, Instant finishedAt) {
	}

	/** One broken rule of a refused row: the row's number in the file (the header is row 1), the column, the rule. */
	public record RefusedRow(int row, String field, String rule, String message) {
	}

	/** Reads the file whole (400 if malformed) and starts importing its rows; answers the running batch. */
	public BatchView upload(SignedInOfficer officer, String fileName, byte[] content) {
		policy.requireReceive(officer, "batch");
		if (content.length == 0) {
			throw ApiProblem.invalid("file", "not-empty", "The file is empty");
		}
		BatchFile file = BatchFile.read(fileName, content);
		UUID id = UUID.randomUUID();
		String name = fileName == null || fileName.isBlank() ? "batch" : fileName.strip();
		jdbc.sql("""
				insert into intake_batch (id, file_name, format, sha256, status, total_rows, uploaded_by, agency_code,
				    started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?)""")
			.params(id, name.length() > 255 ? name.substring(0, 255) : name, file.format.name(), sha256(content),
					file.lines.size(), officer.username(), officer.agencyCode(), Timestamps.of(Instant.now()))
			.update();
		refusals.allowedChange(officer, "intake.batch-upload", TARGET, id.toString(), null);
		new Run(id, officer, file.lines).start();
		return view(id);
	}

	/** The batch, for the case workers of the agency that uploaded it; others get 404 (audited). */
	public BatchView get(SignedInOfficer officer, UUID id) {
		BatchView batch = find(id).filter(b -> b.agencyCode().equals(officer.agencyCode()))
			.filter(b -> policy.isWorker(officer))
			.orElseThrow(() -> refusals.notVisible(officer, "intake.batch-read", TARGET, id.toString(), null, "Batch"));
		refusals.allowedRead(officer, "intake.batch-read", TARGET, id.toString(), null);
		return batch;
	}

	private BatchView view(UUID id) {
		return find(id).orElseThrow();
	}

	private java.util.Optional<BatchView> find(UUID id) {
		List<RefusedRow> refused = jdbc.sql("""
				select row_number, field, rule, message from intake_batch_refusal where batch_id = ?
				order by row_number, field""")
			.param(id)
			.query((rs, n) -> new RefusedRow(rs.getInt("row_number"), rs.getString("field"), rs.getString("rule"),
					rs.getString("message")))
			.list();
		return jdbc.sql("select * from intake_batch where id = ?").param(id)
			.query((rs, n) -> new BatchView(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("format"), rs.getString("sha256"), rs.getString("status"), rs.getInt("total_rows"),
					rs.getInt("rows_read"), rs.getInt("imported"), rs.getInt("already_imported"),
					rs.getInt("refused"), refused, rs.getString("uploaded_by"), rs.getString("agency_code"),
					Timestamps.instant(rs, "started_at"), Timestamps.instant(rs, "finished_at")))
			.optional();
	}

	/** One batch's import: the rows shared out to the workers, the counts written as they grow. */
	private final class Run {

		private final UUID id;
		private final SignedInOfficer officer;
		private final List<BatchFile.Line> lines;
		private final AtomicInteger next = new AtomicInteger();
		private final AtomicInteger read = new AtomicInteger();
		private final AtomicInteger imported = new AtomicInteger();
		private final AtomicInteger already = new AtomicInteger();
		private final AtomicInteger refused = new AtomicInteger();
		private final AtomicInteger running = new AtomicInteger(WORKERS);

		Run(UUID id, SignedInOfficer officer, List<BatchFile.Line> lines) {
			this.id = id;
			this.officer = officer;
			this.lines = lines;
		}

		void start() {
			if (lines.isEmpty()) {
				finish();
				return;
			}
			for (int i = 0; i < WORKERS; i++) {
				workers.submit(this::work);
			}
		}

		private void work() {
			try {
				for (int from = next.getAndAdd(CHUNK); from < lines.size(); from = next.getAndAdd(CHUNK)) {
					importChunk(lines.subList(from, Math.min(from + CHUNK, lines.size())));
					int before = read.getAndAdd(Math.min(CHUNK, lines.size() - from));
					if (before / PROGRESS_EVERY != read.get() / PROGRESS_EVERY) {
						progress("RUNNING");
					}
				}
			}
			finally {
				if (running.decrementAndGet() == 0) {
					finish();
				}
			}
		}

		/**
		 * The chunk's rows that read well, taken in in one transaction; when that fails, one by one, so that only the
		 * rows that fail are refused. The rows that do not read are refused with what is broken.
		 */
		private void importChunk(List<BatchFile.Line> chunk) {
			List<BatchFile.Line> readable = new ArrayList<>(chunk.size());
			List<IntakeItemInput> inputs = new ArrayList<>(chunk.size());
			for (BatchFile.Line line : chunk) {
				List<RefusedRow> broken = new ArrayList<>();
				IntakeItemInput input = input(line, broken);
				if (input != null) {
					for (ConstraintViolation<IntakeItemInput> violation : validator.validate(input)) {
						String path = violation.getPropertyPath().toString();
						broken.add(new RefusedRow(line.number(), FIELDS.getOrDefault(path, path),
								FieldError.ruleOf(violation.getConstraintDescriptor().getAnnotation().annotationType()
									.getSimpleName()),
								violation.getMessage()));
					}
				}
				if (broken.isEmpty()) {
					readable.add(line);
					inputs.add(input);
				}
				else {
					refuse(broken);
				}
			}
			if (inputs.isEmpty()) {
				return;
			}
			try {
				items.receiveRows(officer, inputs).forEach(this::count);
			}
			catch (RuntimeException someRowFailed) {
				for (int i = 0; i < inputs.size(); i++) {
					importRow(readable.get(i), inputs.get(i));
				}
			}
		}

		private void count(boolean created) {
			(created ? imported : already).incrementAndGet();
		}

		private void importRow(BatchFile.Line line, IntakeItemInput input) {
			try {
				count(items.receiveRow(officer, input));
			}
			catch (ApiProblem problem) {
				refuse(List.of(new RefusedRow(line.number(), problem.field() == null ? "row" : problem.field(),
						problem.rule() == null ? "invalid" : problem.rule(), problem.getMessage())));
			}
			catch (RuntimeException failure) {
				log.warn("Batch {} row {} failed", id, line.number(), failure);
				refuse(List.of(new RefusedRow(line.number(), "row", "importable", "The row could not be imported")));
			}
		}

		private void refuse(List<RefusedRow> broken) {
			refused.incrementAndGet();
			for (RefusedRow row : broken) {
				jdbc.sql("""
						insert into intake_batch_refusal (batch_id, row_number, field, rule, message)
						values (?, ?, ?, ?, ?)""")
					.params(id, row.row(), row.field(), row.rule(),
							row.message().length() > 500 ? row.message().substring(0, 500) : row.message())
					.update();
			}
		}

		private void progress(String status) {
			jdbc.sql("""
					update intake_batch set status = ?, rows_read = ?, imported = ?, already_imported = ?, refused = ?,
					    finished_at = ? where id = ?""")
				.params(status, read.get(), imported.get(), already.get(), refused.get(),
						"DONE".equals(status) ? Timestamps.of(Instant.now()) : null, id)
				.update();
		}

		private void finish() {
			progress("DONE");
			log.info("Batch {}: {} rows, {} imported, {} already imported, {} refused", id, read.get(), imported.get(),
					already.get(), refused.get());
		}
	}

	/** The row as an item, or {@code null} with what is broken when a cell is not of its column's type. */
	private static IntakeItemInput input(BatchFile.Line line, List<RefusedRow> broken) {
		Map<String, String> c = line.cells();
		IntakeKind kind = constant(IntakeKind.class, "kind", c.get("kind"), line, broken);
		IntakeChannel channel = constant(IntakeChannel.class, "channel", c.get("channel"), line, broken);
		Instant receivedAt = null;
		if (c.get("receivedAt") != null) {
			try {
				receivedAt = OffsetDateTime.parse(c.get("receivedAt")).toInstant();
			}
			catch (DateTimeParseException notADate) {
				broken.add(new RefusedRow(line.number(), "receivedAt", "date-time",
						"A date and time with its offset, e.g. 2026-03-02T09:15:00+08:00"));
			}
		}
		BigDecimal amount = null;
		if (c.get("amount") != null) {
			try {
				amount = new BigDecimal(c.get("amount").replace(",", ""));
			}
			catch (NumberFormatException notANumber) {
				broken.add(new RefusedRow(line.number(), "amount", "number", "An amount in yuan, e.g. 2400.00"));
			}
		}
		Boolean realName = bool(c.get("realName"));
		if (c.get("realName") != null && realName == null) {
			broken.add(new RefusedRow(line.number(), "realName", "true-or-false", "true or false (是 or 否)"));
		}
		boolean named = realName != null ? realName : c.get("personName") != null;
		if (!broken.isEmpty()) {
			return null;
		}
		return new IntakeItemInput(kind, channel, c.get("workOrder"), receivedAt,
				new IntakeItemInput.Person(c.get("personName"), c.get("personContact"), named),
				new IntakeItemInput.Business(c.get("businessName"), upper(c.get("creditCode")), c.get("businessAddress"),
						c.get("businessRegion")),
				c.get("facts"), amount, c.get("desiredOutcome"));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, BatchFile.Line line,
			List<RefusedRow> broken) {
		if (value == null) {
			broken.add(new RefusedRow(line.number(), field, "not-null", "must not be empty"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			broken.add(new RefusedRow(line.number(), field, "one-of",
					"one of " + java.util.Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	private static Boolean bool(String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim().toLowerCase(Locale.ROOT);
		return Set.of("true", "yes", "1", "是", "实名").contains(v) ? Boolean.TRUE
				: Set.of("false", "no", "0", "否", "匿名").contains(v) ? Boolean.FALSE : null;
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}

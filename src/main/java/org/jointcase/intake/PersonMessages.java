package org.jointcase.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.intake.MessageGateway.MessageChannel;
import org.jointcase.persistence.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The messages to the person who complained or reported (acknowledgement, refusal with its reason, outcome, the
 * decision on a report): each is recorded with its text, time and channel in the transaction of what it tells, then
 * delivered through the {@link MessageGateway}, tried again after a growing delay, and marked {@code FAILED} — shown
 * so on the item — once {@code attempts} tries failed. A person without a contact (anonymous) gets none.
 */
@Service
class PersonMessages {

	private static final Logger log = LoggerFactory.getLogger(PersonMessages.class);
	private static final int BATCH = 50;

	enum Kind {
		ACKNOWLEDGEMENT, REFUSAL, OUTCOME, REPORT_DECISION
	}

	enum Status {
		PENDING, SENT, FAILED
	}

	/** Delivery under {@code jointcase.intake.messages}: how many tries, and the delay before the second. */
	@ConfigurationProperties("jointcase.intake.messages")
	record Settings(@DefaultValue("3") int attempts, @DefaultValue("5s") Duration retryDelay) {
	}

	/** A message as the item shows it; the recipient is not part of it. */
	record Message(UUID id, Kind kind, MessageChannel channel, String text, Instant createdAt, String createdBy,
			Status status, int attempts, Instant sentAt, String lastError) {
	}

	private final JdbcClient jdbc;
	private final IntakeRepository items;
	private final MessageGateway gateway;
	private final Settings settings;

	PersonMessages(JdbcClient jdbc, IntakeRepository items, MessageGateway gateway, Settings settings) {
		this.jdbc = jdbc;
		this.items = items;
		this.gateway = gateway;
		this.settings = settings;
	}

	/** Records a message to the item's person, in the caller's transaction; none when there is nobody to tell. */
	void tell(UUID itemId, Kind kind, String text, String by) {
		tell(itemId, items.person(itemId).orElse(null), kind, text, by);
	}

	/** As {@link #tell(UUID, Kind, String, String)}, to the person the caller has just recorded or read. */
	void tell(UUID itemId, IntakeRepository.Person person, Kind kind, String text, String by) {
		if (person == null || person.contact() == null) {
			return;
		}
		Instant now = Instant.now();
		jdbc.sql("""
				insert into intake_message (id, item_id, kind, channel, text, created_at, created_by, status,
				    next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(UUID.randomUUID(), itemId, kind.name(), MessageChannel.of(person.contact()).name(), text,
					Timestamps.of(now), by, Timestamps.of(now))
			.update();
	}

	List<Message> of(UUID itemId) {
		return jdbc.sql("select * from intake_message where item_id = ? order by created_at, id")
			.param(itemId)
			.query(this::message)
			.list();
	}

	/**
	 * Delivers the messages that are due. A message is claimed by raising its attempt count where it still has the
	 * count read, so that two nodes never deliver one twice at once.
	 */
	@Scheduled(fixedDelayString = "${jointcase.intake.messages.poll:2s}", initialDelayString = "${jointcase.intake.messages.poll:2s}")
	void deliverDue() {
		Instant now = Instant.now();
		List<Message> due = jdbc.sql("""
				select * from intake_message where status = 'PENDING' and next_attempt_at <= ?
				order by next_attempt_at limit ?""")
			.params(Timestamps.of(now), BATCH)
			.query(this::message)
			.list();
		for (Message message : due) {
			int attempt = message.attempts() + 1;
			boolean claimed = jdbc.sql("update intake_message set attempts = ?, next_attempt_at = ? where id = ? and attempts = ?")
				.params(attempt, Timestamps.of(now.plus(settings.retryDelay().multipliedBy(attempt))), message.id(),
						message.attempts())
				.update() == 1;
			if (claimed) {
				deliver(message, attempt);
			}
		}
	}

	private void deliver(Message message, int attempt) {
		String recipient = jdbc.sql("""
				select p.contact from intake_person p join intake_message m on m.item_id = p.item_id where m.id = ?""")
			.param(message.id())
			.query(String.class)
			.single();
		try {
			gateway.deliver(message.id(), message.channel(), recipient, message.text());
			jdbc.sql("update intake_message set status = 'SENT', sent_at = ?, last_error = null where id = ?")
				.params(Timestamps.of(Instant.now()), message.id())
				.update();
		}
		catch (MessageGateway.DeliveryFailure | RuntimeException failure) {
			boolean last = attempt >= settings.attempts();
			String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
			jdbc.sql("update intake_message set status = ?, last_error = ? where id = ?")
				.params(last ? Status.FAILED.name() : Status.PENDING.name(),
						why.length() > 500 ? why.substring(0, 500) : why, message.id())
				.update();
			log.warn("Message {} not delivered (attempt {} of {}): {}", message.id(), attempt, settings.attempts(), why);
		}
	}

	private Message message(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				MessageChannel.valueOf(rs.getString("channel")), rs.getString("text"),
				Timestamps.instant(rs, "created_at"), rs.getString("created_by"), Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), Timestamps.instant(rs, "sent_at"), rs.getString("last_error"));
	}
}

package org.jointcase.intake;

import java.time.Instant;
import java.util.UUID;

import org.jointcase.persistence.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's gateway: writes each message to {@code intake_outbox} and the log instead of sending it. Like a real
 * service it refuses what it cannot deliver: a letter needs a postal address of at least a street and a number
 * (here: ten characters or more), so a contact that is neither a number, an e-mail address nor such an address fails.
 */
@Component
class OutboxGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(OutboxGateway.class);
	private static final int SHORTEST_ADDRESS = 10;

	private final JdbcClient jdbc;

	OutboxGateway(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void deliver(UUID messageId, MessageChannel channel, String recipient, String text) throws DeliveryFailure {
		if (channel == MessageChannel.LETTER && recipient.trim().length() < SHORTEST_ADDRESS) {
			throw new DeliveryFailure("No phone number, e-mail or postal address to deliver to");
		}
		int written = jdbc.sql("""
				insert into intake_outbox (message_id, channel, recipient, text, written_at)
				select ?, ?, ?, ?, ? where not exists (select 1 from intake_outbox where message_id = ?)""")
			.params(messageId, channel.name(), recipient, text, Timestamps.of(Instant.now()), messageId)
			.update();
		log.info("Outbox: message {} by {} ({})", messageId, channel, written == 0 ? "already written" : "written");
	}
}

package org.jointcase.intake;

import java.util.UUID;

/**
 * The one way a message reaches the person who complained or reported. The demo's adapter ({@code OutboxGateway})
 * writes to an outbox table and the log; a production adapter (an SMS or e-mail service) implements this interface
 * as a {@code @Primary} bean configured from the environment, and takes its place. Delivery is retried by {@link PersonMessages} until
 * {@code jointcase.intake.messages.attempts} have failed.
 */
public interface MessageGateway {

	/**
	 * Delivers {@code text} to {@code recipient} (a phone number, an e-mail address or a postal address) by
	 * {@code channel}; {@code messageId} lets an adapter recognise a retry of what it delivered already.
	 *
	 * @throws DeliveryFailure when the message did not go out; it is tried again later
	 */
	void deliver(UUID messageId, MessageChannel channel, String recipient, String text) throws DeliveryFailure;

	/** A message that did not go out, with why. */
	class DeliveryFailure extends Exception {

		public DeliveryFailure(String why) {
			super(why);
		}
	}

	enum MessageChannel {
		SMS, EMAIL, LETTER;

		/** How a contact is reached: a mobile number by SMS, an address with {@code @} by e-mail, else by post. */
		static MessageChannel of(String contact) {
			String plain = contact == null ? "" : contact.replaceAll("[\\s-]", "");
			return plain.matches("\\+?\\d{7,15}") ? SMS : plain.contains("@") ? EMAIL : LETTER;
		}
	}
}

package org.jointcase.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jointcase.persistence.Timestamps;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exponential back-off of failed sign-ins with a local password, per account and per client address. Once an account
 * has {@code account-threshold} failures (5), its next attempt must wait {@code first-delay} (1 s) after the last
 * failure, and each further failure doubles the wait up to {@code max-delay} (15 min); likewise an address after
 * {@code address-threshold} failures (50: many officers may share one office address). Failures older than
 * {@code forget-after} (1 h) are forgotten, and a successful sign-in forgets its account's failures (not its
 * address's, so that one known password does not reset a guessing address).
 *
 * <p>The counts live in the database ({@code sign_in_failure}), so every node sees every other node's failures. The
 * throttle keys on the name tried, whether an officer has it or not, so that it tells nobody which accounts exist.
 * Concurrent attempts that pass the check before the failures are stored are not held back; the back-off, not a hard
 * limit, is what makes guessing slow.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;
	private final Settings settings;
	private final Clock clock = Clock.systemUTC();

	SignInThrottle(JdbcClient jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** How long an attempt to sign in as {@code username} from {@code address} must still wait; empty when it may go. */
	Optional<Duration> wait(String username, String address) {
		Instant now = clock.instant();
		Instant forgottenBefore = now.minus(settings.forgetAfter());
		String account = accountKey(username);
		String from = addressKey(address);
		Duration longest = Duration.ZERO;
		for (Row row : jdbc.sql("select throttle_key, failures, last_failure_at from sign_in_failure "
				+ "where throttle_key in (?, ?)")
			.params(account, from)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), Timestamps.instant(rs, "last_failure_at")))
			.list()) {
			if (row.lastFailure().isBefore(forgottenBefore)) {
				continue;
			}
			int threshold = row.key().equals(account) ? settings.accountThreshold() : settings.addressThreshold();
			Duration left = Duration.between(now, row.lastFailure().plus(delay(row.failures(), threshold)));
			if (left.compareTo(longest) > 0) {
				longest = left;
			}
		}
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	/** One more failure for the account and the address ({@code null} when unknown). */
	void failed(String username, String address) {
		Instant now = clock.instant();
		Instant forgottenBefore = now.minus(settings.forgetAfter());
		jdbc.sql("delete from sign_in_failure where last_failure_at < ?").param(Timestamps.of(forgottenBefore))
			.update();
		count(accountKey(username), now, forgottenBefore);
		if (address != null) {
			count(addressKey(address), now, forgottenBefore);
		}
	}

	/** The account signed in: its failures are forgotten. */
	void succeeded(String username) {
		jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(accountKey(username)).update();
	}

	private void count(String key, Instant now, Instant forgottenBefore) {
		if (increment(key, now, forgottenBefore) > 0) {
			return;
		}
		try {
			jdbc.sql("insert into sign_in_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)")
				.params(key, Timestamps.of(now))
				.update();
		}
		catch (DuplicateKeyException anotherNodeFirst) {
			increment(key, now, forgottenBefore);
		}
	}

	private int increment(String key, Instant now, Instant forgottenBefore) {
		return jdbc.sql("""
				update sign_in_failure
				set failures = case when last_failure_at < ? then 1 else failures + 1 end, last_failure_at = ?
				where throttle_key = ?""")
			.params(Timestamps.of(forgottenBefore), Timestamps.of(now), key)
			.update();
	}

	/** The wait after the last of {@code failures}: none below the threshold, then doubling from the first delay. */
	Duration delay(int failures, int threshold) {
		if (failures < threshold) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - threshold, 30);
		Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	private static String accountKey(String username) {
		return cut("account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
	}

	private static String addressKey(String address) {
		return cut("address:" + address);
	}

	private static String cut(String key) {
		return key.length() <= 200 ? key : key.substring(0, 200);
	}

	private record Row(String key, int failures, Instant lastFailure) {
	}

	/** Configured under {@code jointcase.security.sign-in-throttle}; see the class comment. */
	@ConfigurationProperties("jointcase.security.sign-in-throttle")
	record Settings(@DefaultValue("5") int accountThreshold, @DefaultValue("50") int addressThreshold,
			@DefaultValue("1s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
			@DefaultValue("1h") Duration forgetAfter) {

		Settings {
			if (accountThreshold < 1 || addressThreshold < 1 || firstDelay.isNegative() || firstDelay.isZero()
					|| maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
				throw new IllegalArgumentException("jointcase.security.sign-in-throttle: thresholds of at least 1, "
						+ "first-delay > 0, max-delay >= first-delay, forget-after >= max-delay");
			}
		}
	}
}

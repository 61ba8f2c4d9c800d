package org.jointcase.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jointcase.directory.Directory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Checks passwords with BCrypt, but not on every call of the stateless API: a username and password that passed
 * BCrypt in the last five minutes pass again on a SHA-256 match, as long as the officer's password hash is still the
 * one they passed against. The officer is still loaded from the directory on every request, so a disabled officer or a
 * changed password is refused at once. Without this, each API call would spend most of its time on
 * BCrypt, which is deliberately slow.
 */
@Component
class RecentSignIns implements AuthenticationProvider {

	private static final Duration REMEMBERED = Duration.ofMinutes(5);
	private static final int MAX_REMEMBERED = 10_000;

	private final DaoAuthenticationProvider bcrypt;
	private final UserDetailsService officers;
	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
	private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
	private final Clock clock = Clock.systemUTC();

	RecentSignIns(Directory directory, PasswordEncoder passwords) {
		this.officers = new OfficerDetailsService(directory);
		this.bcrypt = new DaoAuthenticationProvider(officers);
		this.bcrypt.setPasswordEncoder(passwords);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String key = key(username, String.valueOf(authentication.getCredentials()));
		Remembered remembered = recent.get(key);
		if (remembered != null && remembered.until().isAfter(clock.instant())) {
			UserDetails officer = stillTheSame(username, remembered.passwordHash());
			if (officer != null) {
				status.check(officer);
				return UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities());
			}
			recent.remove(key);
		}
		Authentication verified = bcrypt.authenticate(authentication);
		if (recent.size() >= MAX_REMEMBERED) {
			recent.values().removeIf(entry -> entry.until().isBefore(clock.instant()));
		}
		if (recent.size() < MAX_REMEMBERED && verified.getPrincipal() instanceof UserDetails officer) {
			recent.put(key, new Remembered(clock.instant().plus(REMEMBERED), officer.getPassword()));
		}
		return verified;
	}

	/**
	 * The officer as the directory has them now, if their password hash is still the one that was verified: a changed
	 * password (on any node) or a disabled officer sends the sign-in back to BCrypt, which refuses the old password.
	 */
	private UserDetails stillTheSame(String username, String verifiedHash) {
		try {
			UserDetails officer = officers.loadUserByUsername(username);
			return verifiedHash != null && verifiedHash.equals(officer.getPassword()) ? officer : null;
		}
		catch (UsernameNotFoundException gone) {
			return null;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String key(String username, String password) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private record Remembered(Instant until, String passwordHash) {
	}
}

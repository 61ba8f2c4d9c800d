package org.jointcase.security.internal;

import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads officers from the directory for password sign-in (the form, and HTTP Basic where it is on). A disabled
 * officer is not found, exactly like an unknown one: Spring Security's {@code DaoAuthenticationProvider} then still
 * compares the password with BCrypt (against a dummy hash) and answers the same bad credentials as for a wrong
 * password, in the same time, so that neither the answer nor its duration tells a disabled account from an unknown one
 * or a wrong password. Not a bean of its own: the {@code passwordSignIn} provider of {@link SecurityConfiguration} is
 * its one user.
 */
class OfficerDetailsService implements UserDetailsService {

	private final Directory directory;

	OfficerDetailsService(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return directory.signInAccount(username)
			.filter(account -> account.officer().enabled())
			.map(account -> new SignedInOfficer(account.officer(), account.agency(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such officer"));
	}
}

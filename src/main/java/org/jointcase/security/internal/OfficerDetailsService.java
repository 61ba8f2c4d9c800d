package org.jointcase.security.internal;

import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads officers from the directory for sign-in; a disabled officer is refused by Spring Security. Not a bean of its
 * own: {@link RecentSignIns} is the one way officers are signed in.
 */
class OfficerDetailsService implements UserDetailsService {

	private final Directory directory;

	OfficerDetailsService(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return directory.signInAccount(username)
			.map(account -> new SignedInOfficer(account.officer(), account.agency(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such officer"));
	}
}

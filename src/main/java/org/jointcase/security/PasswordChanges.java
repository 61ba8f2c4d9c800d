package org.jointcase.security;

import org.jointcase.directory.Directory;
import org.jointcase.directory.PasswordChange;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;

/**
 * An officer changes their own password, from the API or the pages: the directory checks the current password and
 * the password rule and stores the new hash; then every other page session of the officer ends, on every node (the
 * sessions live in the database), so whoever signed in with the old password is sent to the sign-in form at their
 * next request. The session the change was made from, if any, stays.
 */
@Service
public class PasswordChanges {

	private final Directory directory;
	private final FindByIndexNameSessionRepository<?> sessions;

	PasswordChanges(Directory directory, FindByIndexNameSessionRepository<?> sessions) {
		this.directory = directory;
		this.sessions = sessions;
	}

	/**
	 * Changes {@code officer}'s password and ends their sessions but {@code keptSessionId} ({@code null} to end them
	 * all, as for the stateless API). Refusals are {@code ApiProblem}s of the directory (400 naming the field).
	 */
	public void change(SignedInOfficer officer, PasswordChange change, String keptSessionId) {
		directory.changePassword(officer.officer(), change);
		sessions.findByPrincipalName(officer.username()).keySet().stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
	}
}

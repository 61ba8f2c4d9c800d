package org.jointcase.directory;

/** An officer with their agency and the BCrypt hash of their password, for signing in and keeping a session. */
public record SignInAccount(Officer officer, Agency agency, String passwordHash) {

	@Override
	public String toString() {
		return "SignInAccount[" + officer.username() + "]";
	}
}

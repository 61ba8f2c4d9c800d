package org.jointcase.directory;

/** An officer with the BCrypt hash of their password, for the sign-in check only. */
public record SignInAccount(Officer officer, String passwordHash) {

	@Override
	public String toString() {
		return "SignInAccount[" + officer.username() + "]";
	}
}

package org.jointcase;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the whole test run at once, with one message, when the test database does not answer. */
public class TestDatabaseCheck implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		TestDatabase.requireReachable();
	}
}

package org.jointcase.directory;

import org.jointcase.web.StoredIn;

/** The lengths of the directory's codes and names, as the API validates them and the tables store them. */
public final class DirectoryLimits {

	@StoredIn("agency.code")
	public static final int AGENCY_CODE = 40;

	@StoredIn("region.code")
	public static final int REGION_CODE = 12;

	@StoredIn("department.code")
	public static final int DEPARTMENT_CODE = 16;

	@StoredIn({ "agency.name_zh", "agency.name_en" })
	public static final int AGENCY_NAME = 200;

	@StoredIn("officer.username")
	public static final int USERNAME = 64;

	@StoredIn("officer.display_name")
	public static final int DISPLAY_NAME = 100;

	/** BCrypt reads no further; only the hash is stored. */
	public static final int PASSWORD = 72;

	private DirectoryLimits() {
	}
}

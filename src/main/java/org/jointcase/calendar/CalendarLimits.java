package org.jointcase.calendar;

import org.jointcase.web.StoredIn;

/** The lengths of the working calendar's texts, as the API validates them and the tables store them. */
public final class CalendarLimits {

	@StoredIn("calendar_year.notice")
	public static final int NOTICE = 500;

	@StoredIn("calendar_holiday.name")
	public static final int HOLIDAY_NAME = 200;

	private CalendarLimits() {
	}
}

package org.jointcase.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * The opaque cursors of keyset paging: the sort position of the last row of a page, which the next page starts after.
 * Lists page this way so that a page costs the same however deep it is and rows written meanwhile neither repeat nor
 * go missing.
 */
public final class Keyset {

	private Keyset() {
	}

	/** The cursor for the position made of {@code parts} (their {@code toString()}, none containing '|'). */
	public static String cursor(Object... parts) {
		StringBuilder position = new StringBuilder();
		for (Object part : parts) {
			position.append(position.isEmpty() ? "" : "|").append(part);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position in a cursor this API gave out, read by {@code reader} from its parts; {@code null} for no cursor
	 * (the first page). Anything else is answered 400 on field {@code cursor}.
	 */
	public static <T> T position(String cursor, Function<String[], T> reader) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return reader.apply(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|"));
		}
		catch (RuntimeException notOurs) {
			throw ApiProblem.invalid("cursor", "from-previous-page", "Use the next value of the previous page");
		}
	}
}

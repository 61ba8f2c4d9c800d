package org.jointcase.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A document's name as uploaded and as handed back: the last part of the path a browser or client sent (never
 * {@code ../} or a folder), without control characters; and the {@code Content-Disposition} that gives it back under
 * that name (RFC 6266): an ASCII fallback for old clients and the UTF-8 name in {@code filename*} (RFC 8187), which
 * {@code curl -OJ} and browsers use.
 */
final class DocumentNames {

	private DocumentNames() {
	}

	/**
	 * The name to keep: the part after the last {@code /} or {@code \}, without control characters and without
	 * invisible format characters (a right-to-left override shows {@code invoice\u202Efdp.exe} as
	 * {@code invoiceexe.pdf}), trimmed; empty (refused) when nothing but {@code .} or {@code ..} is left.
	 */
	static String kept(String uploaded) {
		if (uploaded == null) {
			return "";
		}
		String base = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
		String name = base.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString().strip();
		return name.equals(".") || name.equals("..") ? "" : name;
	}

	static String attachment(String name) {
		String fallback = name.codePoints()
			.map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		// URLEncoder writes a space as '+' and leaves '*' alone; RFC 8187's attr-char wants both percent-encoded.
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
	}
}

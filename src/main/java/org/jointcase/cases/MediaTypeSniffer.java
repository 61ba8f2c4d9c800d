package org.jointcase.cases;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells a document's media type from its first bytes, so that the type shown and served does not rest on what the
 * uploader's browser declared. Knows the types evidence comes in; anything else is {@code application/octet-stream}.
 */
final class MediaTypeSniffer {

	static final int HEAD = 512;

	private MediaTypeSniffer() {
	}

	static String detect(byte[] head, int length) {
		byte[] b = Arrays.copyOf(head, length);
		if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return "application/pdf";
		}
		if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return "image/png";
		}
		if (startsWith(b, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return "image/jpeg";
		}
		if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return "image/gif";
		}
		if (startsWith(b, new byte[] { 'P', 'K', 3, 4 })) {
			return "application/zip";
		}
		if (startsWith(b, new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 })) {
			return "application/x-ole-storage";
		}
		if (b.length >= 12 && new String(b, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
			return "video/mp4";
		}
		return isUtf8Text(b) ? "text/plain" : "application/octet-stream";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean isUtf8Text(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
		}
		// The head may end inside a multi-byte character: ignore an incomplete last sequence.
		int end = bytes.length;
		for (int back = 1; back <= 3 && end - back >= 0; back++) {
			if ((bytes[end - back] & 0xc0) == 0xc0) {
				end -= back;
				break;
			}
			if ((bytes[end - back] & 0x80) == 0) {
				break;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, end));
			return true;
		}
		catch (CharacterCodingException binary) {
			return false;
		}
	}
}

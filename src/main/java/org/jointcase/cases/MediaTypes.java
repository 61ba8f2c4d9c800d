package org.jointcase.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Tells a document's media type from its bytes (Apache Tika's detectors, including those that look inside zip
 * packages and OLE2 files), so that the type shown and served does not rest on what the uploader's browser declared.
 * Tika does not know OFD, China's fixed-layout document format (GB/T 33190), which is a zip package with an
 * {@code OFD.xml} at its root: that one check is ours.
 */
final class MediaTypes {

	static final String OFD = "application/ofd";

	private static final Detector TIKA = TikaConfig.getDefaultConfig().getDetector();
	private static final String ZIP = "application/zip";

	private MediaTypes() {
	}

	/** The media type of the file's content, whatever its name says; {@code application/octet-stream} if unknown. */
	static String detect(Path file) {
		try (TikaInputStream content = TikaInputStream.get(file)) {
			String type = TIKA.detect(content, new Metadata()).getBaseType().toString();
			return ZIP.equals(type) && isOfd(file) ? OFD : type;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static boolean isOfd(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry("OFD.xml") != null;
		}
	}
}

package org.jointcase.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The types evidence arrives in, told from the bytes whatever the file is called. */
class MediaTypesTests {

	@TempDir
	Path folder;

	@Test
	void officeDocumentsAreToldApartFromTheZipTheyArePackedIn() throws IOException {
		Path docx = folder.resolve("statement.bin");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText("The gym closed on 3 March");
			document.write(out);
		}
		Path xlsx = folder.resolve("members.bin");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("Members").createRow(0).createCell(0).setCellValue("Li Si");
			workbook.write(out);
		}
		assertThat(MediaTypes.detect(docx))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(MediaTypes.detect(xlsx)).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void anOfdPackageIsOfdAndAnyOtherZipStaysAZip() throws IOException {
		Path ofd = zip("invoice.bin", "OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>");
		Path plain = zip("photos.bin", "photo-1.txt", "not a photo");
		assertThat(MediaTypes.detect(ofd)).isEqualTo(MediaTypes.OFD);
		assertThat(MediaTypes.detect(plain)).isEqualTo("application/zip");
	}

	@Test
	void photosAndVideosFromPhonesAreTheirOwnTypes() throws IOException {
		Path heic = write("IMG_0001.bin", box("ftyp", "heic\0\0\0\0mif1heic"));
		Path mov = write("IMG_0002.bin", concat(box("ftyp", "qt  \0\0\2\0qt  "), box("moov", "")));
		assertThat(MediaTypes.detect(heic)).isEqualTo("image/heic");
		assertThat(MediaTypes.detect(mov)).isEqualTo("video/quicktime");
	}

	@Test
	void aPdfIsAPdfAndUnknownBytesAreOctets() throws IOException {
		Path pdf = write("receipt.bin", "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		Path noise = write("noise.bin", new byte[] { 0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, 0, 7 });
		assertThat(MediaTypes.detect(pdf)).isEqualTo("application/pdf");
		assertThat(MediaTypes.detect(noise)).isEqualTo("application/octet-stream");
	}

	private Path zip(String name, String entry, String content) throws IOException {
		Path file = folder.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(folder.resolve(name), content);
	}

	/** An ISO base media file box: size, type and body, as HEIC and QuickTime files begin. */
	private static byte[] box(String type, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
		return ByteBuffer.allocate(8 + bytes.length).putInt(8 + bytes.length)
			.put(type.getBytes(StandardCharsets.US_ASCII)).put(bytes).array();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
	}
}

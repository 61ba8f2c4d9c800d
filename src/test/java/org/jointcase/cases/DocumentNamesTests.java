package org.jointcase.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names as a hostile or careless client sends them, and as they are handed back. */
class DocumentNamesTests {

	@Test
	void onlyTheLastPartOfAPathIsKeptWithoutControlCharacters() {
		assertThat(DocumentNames.kept("../../etc/passwd")).isEqualTo("passwd");
		assertThat(DocumentNames.kept("C:\\Users\\li\\收据.pdf")).isEqualTo("收据.pdf");
		assertThat(DocumentNames.kept("report\u0000.pdf\r\n")).isEqualTo("report.pdf");
		assertThat(DocumentNames.kept("folder/")).isEmpty();
		assertThat(DocumentNames.kept("  photo 1.jpg ")).isEqualTo("photo 1.jpg");
		assertThat(DocumentNames.kept("..")).isEmpty();
		assertThat(DocumentNames.kept("uploads/.")).isEmpty();
		assertThat(DocumentNames.kept("..\\..\\boot.ini")).isEqualTo("boot.ini");
		assertThat(DocumentNames.kept("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(DocumentNames.kept("\uFEFFreceipt\u200B.pdf")).isEqualTo("receipt.pdf");
		assertThat(DocumentNames.kept(null)).isEmpty();
	}

	@Test
	void theAttachmentNamesTheFileInAsciiAndInUtf8() {
		assertThat(DocumentNames.attachment("门店照片 1*.png"))
			.isEqualTo("attachment; filename=\"____ 1*.png\"; filename*=UTF-8''%E9%97%A8%E5%BA%97%E7%85%A7%E7%89%87%201%2A.png");
		assertThat(DocumentNames.attachment("a\"b\\c.txt")).isEqualTo("attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
		// A header cannot be split or extended by a name: no CR, LF or ';' survive unencoded.
		assertThat(DocumentNames.attachment("x; filename=evil.exe"))
			.isEqualTo("attachment; filename=\"x; filename=evil.exe\"; filename*=UTF-8''x%3B%20filename%3Devil.exe");
	}
}

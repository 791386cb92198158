package org.boussole.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class FileCheckerTests {

	private final FileChecker checker = new FileChecker();

	private CheckedFile check(String name, byte[] content) {
		return checker.check(name, content.length, new ByteArrayResource(content));
	}

	private void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> check(name, content)).isInstanceOfSatisfying(FileRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("shared.file.error." + key));
	}

	@Test // #5
	void acceptsEachAllowedTypeByItsContent() {
		assertThat(check("cv.pdf", TestFiles.pdf()).type()).isEqualTo(FileType.PDF);
		assertThat(check("photo.PNG", TestFiles.png()).type()).isEqualTo(FileType.PNG);
		assertThat(check("photo.jpg", TestFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
		assertThat(check("scan.jpeg", TestFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
		assertThat(check("lettre.docx", TestFiles.docx()).type()).isEqualTo(FileType.DOCX);
		assertThat(check("lettre.odt", TestFiles.odt()).type()).isEqualTo(FileType.ODT);
	}

	@Test // #5
	void refusesAProgramOrAPageRenamedAsAPdf() {
		assertRefused("facture.pdf", TestFiles.exe(), "mismatch");
		assertRefused("facture.pdf", TestFiles.html(), "mismatch");
		assertRefused("photo.png", TestFiles.pdf(), "mismatch");
		assertRefused("cv.docx", TestFiles.pdf(), "mismatch");
	}

	@Test // #5
	void refusesAZipThatIsNotTheDocumentItsNameClaims() {
		assertRefused("cv.docx", TestFiles.plainZip(), "mismatch");
		assertRefused("cv.odt", TestFiles.docx(), "mismatch");
		assertRefused("cv.docx", TestFiles.odt(), "mismatch");
	}

	@Test // #5
	void refusesAZipBombLikeDocument() {
		byte[] bomb = TestFiles.zipBombDocx();
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertRefused("cv.docx", bomb, "archive");
	}

	@Test // #5
	void refusesOtherExtensionsEmptyAndOversizedFiles() {
		assertRefused("setup.exe", TestFiles.exe(), "type");
		assertRefused("page.html", TestFiles.html(), "type");
		assertRefused("sans-extension", TestFiles.pdf(), "type");
		assertRefused("vide.pdf", new byte[0], "empty");
		assertThatThrownBy(
				() -> checker.check("gros.pdf", FileChecker.MAX_SIZE + 1, new ByteArrayResource(TestFiles.pdf())))
			.isInstanceOfSatisfying(FileRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("shared.file.error.tooLarge"));
	}

	@Test // #5
	void keepsOnlyASafeFileName() {
		assertThat(FileChecker.cleanName("C:\\Users\\moi\\cv.pdf")).isEqualTo("cv.pdf");
		assertThat(FileChecker.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(FileChecker.cleanName("a\"b<c>\r\nd.pdf")).isEqualTo("abcd.pdf");
		assertThat(FileChecker.cleanName(".pdf")).isEqualTo("piece.pdf");
		assertThat(FileChecker.cleanName(null)).isEqualTo("piece");
		assertThat(FileChecker.cleanName("x".repeat(300) + ".docx")).hasSize(FileChecker.MAX_NAME).endsWith(".docx");
	}

	@Test
	void namesLoseTheirBidirectionalAndInvisibleControls() {
		assertThat(FileChecker.cleanName("facture\u202Efdp.exe.pdf")).isEqualTo("facturefdp.exe.pdf");
		for (char bidi : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C".toCharArray()) {
			assertThat(FileChecker.cleanName("cv" + bidi + ".pdf")).as("U+%04X", (int) bidi).isEqualTo("cv.pdf");
		}
		assertThat(FileChecker.cleanName("c\u0000v\u0007\u200B.pdf")).isEqualTo("cv.pdf");
		assertThat(FileChecker.cleanName("\u202E../..\\dossier/cv.pdf")).isEqualTo("cv.pdf");
		assertThat(FileChecker.cleanName("\u202E.pdf")).isEqualTo("piece.pdf");
		assertThat(FileChecker.cleanName("Relevé de notes – été 2025.pdf")).isEqualTo("Relevé de notes – été 2025.pdf");
	}

}

package org.boussole.accounts;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers for the parts of the personal data archive: JSON entries (dates as ISO-8601
 * text, indented for people to read) and copies of stored files, written straight into
 * the stream.
 */
public final class PersonalDataZip {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private static final int MAX_NAME = 100;

	private PersonalDataZip() {
	}

	/** Writes {@code value} as a JSON entry named {@code path}. */
	public static void json(ZipOutputStream zip, String path, Object value) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		JSON.writeValue(new KeepOpen(zip), value);
		zip.closeEntry();
	}

	/** Writes a text entry named {@code path}, in UTF-8. */
	public static void text(ZipOutputStream zip, String path, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * Copies a stored file into the entry {@code path}.
	 * @return whether the file could be read (a missing file adds no entry)
	 */
	public static boolean file(ZipOutputStream zip, String path, Path source) throws IOException {
		if (!Files.isReadable(source)) {
			return false;
		}
		zip.putNextEntry(new ZipEntry(path));
		Files.copy(source, zip);
		zip.closeEntry();
		return true;
	}

	/**
	 * @return a name that is safe as the last part of an entry path: no directory, no
	 * control character, letters without accents, at most {@value #MAX_NAME} characters
	 */
	public static String safeName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
		if (safe.isEmpty()) {
			safe = "fichier";
		}
		return safe.length() > MAX_NAME ? safe.substring(safe.length() - MAX_NAME) : safe;
	}

	/** Lets Jackson close what it writes without closing the archive. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}

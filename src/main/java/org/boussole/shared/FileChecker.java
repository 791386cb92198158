package org.boussole.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * Checks an uploaded file by its content, never by its name alone: the name must end in
 * an accepted extension, and the type detected from the first bytes must be the type of
 * that extension. DOCX and ODT files, which are ZIP archives, are read entry by entry
 * within bounds, and refused when they look like a ZIP bomb (too many entries, more than
 * {@value #MAX_UNZIPPED} bytes once unpacked, or packed more than {@value #MAX_RATIO}
 * times). Used by every module that takes files (message attachments, activity answers);
 * the reasons are message keys of the shared bundle ({@code shared.file.error.*}, with
 * the file name as argument).
 */
public final class FileChecker {

	public static final long MAX_SIZE = 10L * 1024 * 1024;

	public static final int MAX_NAME = 200;

	static final long MAX_UNZIPPED = 50L * 1024 * 1024;

	static final int MAX_RATIO = 100;

	static final int MAX_ENTRIES = 2000;

	private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml",
			FileType.DOCX.mediaType(), FileType.ODT.mediaType());

	private static final Tika TIKA = new Tika();

	/**
	 * @param originalName the name the browser sent, maybe with a path
	 * @param size the number of bytes
	 * @return the file with its cleaned name and checked type
	 * @throws FileRefused when it may not be kept, with the reason
	 */
	public CheckedFile check(@Nullable String originalName, long size, InputStreamSource content) {
		String name = cleanName(originalName);
		FileType type = FileType.ofName(name).orElseThrow(() -> new FileRefused("shared.file.error.type", name));
		if (size <= 0) {
			throw new FileRefused("shared.file.error.empty", name);
		}
		if (size > MAX_SIZE) {
			throw new FileRefused("shared.file.error.tooLarge", name);
		}
		try {
			String detected;
			try (InputStream in = new BufferedInputStream(content.getInputStream())) {
				detected = TIKA.detect(in);
			}
			if (type.isZipContainer()) {
				if (!ZIP_TYPES.contains(detected)) {
					throw new FileRefused("shared.file.error.mismatch", name);
				}
				checkArchive(type, size, content, name);
			}
			else if (!type.mediaType().equals(detected)) {
				throw new FileRefused("shared.file.error.mismatch", name);
			}
		}
		catch (IOException ex) {
			throw new FileRefused("shared.file.error.unreadable", name);
		}
		return new CheckedFile(name, type, size, content);
	}

	private static void checkArchive(FileType type, long size, InputStreamSource content, String name)
			throws IOException {
		boolean contentTypes = false;
		boolean document = false;
		boolean odtMimetype = false;
		long unzipped = 0;
		int entries = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(content.getInputStream()))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new FileRefused("shared.file.error.archive", name);
				}
				String entryName = entry.getName();
				contentTypes |= entryName.equals("[Content_Types].xml");
				document |= entryName.equals("word/document.xml");
				StringBuilder mimetype = entryName.equals("mimetype") ? new StringBuilder() : null;
				int read;
				// the sizes an archive declares may lie: count what is really unpacked
				while ((read = zip.read(buffer)) > 0) {
					unzipped += read;
					if (unzipped > MAX_UNZIPPED || unzipped > (long) MAX_RATIO * size) {
						throw new FileRefused("shared.file.error.archive", name);
					}
					if (mimetype != null && mimetype.length() < 100) {
						mimetype.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
					}
				}
				if (mimetype != null) {
					odtMimetype = mimetype.toString().strip().equals(FileType.ODT.mediaType());
				}
			}
		}
		catch (java.util.zip.ZipException ex) {
			throw new FileRefused("shared.file.error.mismatch", name);
		}
		boolean expected = type == FileType.DOCX ? contentTypes && document : odtMimetype;
		if (!expected) {
			throw new FileRefused("shared.file.error.mismatch", name);
		}
	}

	/**
	 * @return the name without any folder, control, bidirectional (U+202E would show an
	 * {@code .exe} file as a {@code .pdf}), invisible or markup characters, at most
	 * {@value #MAX_NAME} characters (keeping the extension); never blank
	 */
	public static String cleanName(@Nullable String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && !ControlCharacters.isBidiControl(c)
					&& Character.getType(c) != Character.FORMAT && "<>\"*?:|".indexOf(c) < 0)
			.forEach(clean::appendCodePoint);
		name = clean.toString().strip();
		if (name.length() > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 6) ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return (name.isEmpty() || name.startsWith(".")) ? "piece" + name : name;
	}

}

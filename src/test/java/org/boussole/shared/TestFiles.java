package org.boussole.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tiny but real files of each accepted type, and some that must be refused, for every
 * module that takes files.
 */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0,
				0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);
	}

	public static byte[] jpeg() {
		return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9);
	}

	public static byte[] exe() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] docx() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
						<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" \
						ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
					.getBytes(StandardCharsets.UTF_8));
		entries.put("_rels/.rels",
				"""
						<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
						<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
						Target="word/document.xml"/></Relationships>"""
					.getBytes(StandardCharsets.UTF_8));
		entries.put("word/document.xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
						<w:body><w:p><w:r><w:t>Mon CV</w:t></w:r></w:p></w:body></w:document>"""
					.getBytes(StandardCharsets.UTF_8));
		return zip(null, entries);
	}

	public static byte[] odt() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("META-INF/manifest.xml",
				"<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"
					.getBytes(StandardCharsets.UTF_8));
		entries.put("content.xml",
				"<?xml version=\"1.0\"?><office:document-content/>".getBytes(StandardCharsets.UTF_8));
		return zip("application/vnd.oasis.opendocument.text", entries);
	}

	/** A DOCX whose document unpacks to 60 MB of zeros. */
	public static byte[] zipBombDocx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 60; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A ZIP archive that is not a Word document. */
	public static byte[] plainZip() {
		return zip(null, Map.of("readme.txt", "bonjour".getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] zip(String odfMimetype, Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (odfMimetype != null) {
				// OpenDocument: the "mimetype" entry first, stored without compression
				byte[] content = odfMimetype.getBytes(StandardCharsets.US_ASCII);
				ZipEntry entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(content.length);
				CRC32 crc = new CRC32();
				crc.update(content);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(content);
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}

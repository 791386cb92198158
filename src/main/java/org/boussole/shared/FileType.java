package org.boussole.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of files that may be uploaded (documents and images), known by their
 * extension.
 */
public enum FileType {

	PDF("application/pdf", List.of("pdf")),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
	ODT("application/vnd.oasis.opendocument.text", List.of("odt")), PNG("image/png", List.of("png")),
	JPEG("image/jpeg", List.of("jpg", "jpeg"));

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, List<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether the file is a ZIP container whose entries must be looked at. */
	public boolean isZipContainer() {
		return this == DOCX || this == ODT;
	}

	/**
	 * @return the type that a file of that name claims to be, if it is one we accept
	 */
	public static Optional<FileType> ofName(String name) {
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (FileType type : values()) {
			if (type.extensions.contains(extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}

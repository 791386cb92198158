package org.boussole.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer that hands over an uploaded file: always as a download, with the type
 * checked when it was sent, never to be guessed by the browser nor kept in a shared
 * cache. The caller checks first that the person may see the file.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * @param name the name to offer, as cleaned by {@link FileChecker}
	 * @param contentType the type detected when the file was checked
	 * @param size the number of bytes
	 * @param path where the file is kept; a missing file gives a 404
	 */
	public static ResponseEntity<Resource> of(String name, String contentType, long size, Path path) {
		if (!Files.isReadable(path)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new FileSystemResource(path));
	}

}

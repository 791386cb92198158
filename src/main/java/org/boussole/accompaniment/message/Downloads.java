package org.boussole.accompaniment.message;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

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
 * The answer that hands over an attached file: always as a download, with the type
 * checked when it was sent, never to be guessed by the browser nor kept in a shared
 * cache.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(MessageViews.Download download) {
		if (!Files.isReadable(download.path())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.contentLength(download.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new FileSystemResource(download.path()));
	}

}

package org.boussole.shared;

import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded file whose content was checked: its cleaned name, its real type, its size,
 * and where to read it from.
 */
public record CheckedFile(String name, FileType type, long size, InputStreamSource content) {

}

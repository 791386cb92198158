package org.boussole.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;

/**
 * Where the files of a ROME release come from: the copy shipped with Boussole or a
 * directory.
 */
final class RomeSource {

	static final String SHIPPED = "rome/";

	private RomeSource() {
	}

	static Function<String, String> shipped() {
		return name -> {
			ClassPathResource resource = new ClassPathResource(SHIPPED + name);
			if (!resource.exists()) {
				throw new RomeImportException(name, 0, "", "fichier manquant");
			}
			try (InputStream in = resource.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	/**
	 * @return the Onisep occupations file shipped under {@code onisep/}
	 */
	static String onisep() {
		try (InputStream in = new ClassPathResource("onisep/metiers_onisep.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Function<String, String> directory(Path directory) {
		return name -> {
			try {
				return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
			}
			catch (NoSuchFileException ex) {
				throw new RomeImportException(name, 0, "", "fichier manquant dans " + directory);
			}
			catch (java.nio.charset.MalformedInputException ex) {
				throw new RomeImportException(name, 0, "", "le fichier n'est pas en UTF-8");
			}
			catch (IOException ex) {
				throw new RomeImportException(name, 0, "", "lecture impossible (" + ex.getMessage() + ")");
			}
		};
	}

}

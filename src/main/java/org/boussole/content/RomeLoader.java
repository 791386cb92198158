package org.boussole.content;

import org.boussole.shared.CliCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the ROME release shipped with Boussole on the first start, when no fiche exists
 * yet. While a command runs it stays off: {@code content import-rome} does the import
 * itself.
 */
@Component
@ConditionalOnProperty(name = CliCommand.RUNNING_PROPERTY, havingValue = "false", matchIfMissing = true)
class RomeLoader implements ApplicationRunner {

	private final RomeImport rome;

	RomeLoader(RomeImport rome) {
		this.rome = rome;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rome.isEmpty()) {
			rome.importShipped();
		}
	}

}

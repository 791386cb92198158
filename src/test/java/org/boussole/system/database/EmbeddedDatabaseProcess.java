package org.boussole.system.database;

import java.nio.file.Path;

/**
 * A JVM that runs the embedded server of a data directory and nothing else, for the tests
 * that kill it: it says {@value #READY} once the server runs, then waits to be ended.
 */
public final class EmbeddedDatabaseProcess {

	static final String READY = "READY";

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.open(Path.of(args[0]), false);
		Runtime.getRuntime().addShutdownHook(new Thread(database::close));
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}

package org.boussole.accompaniment;

/** How a dossier ended. */
public enum Outcome {

	PROJECT_CLARIFIED, TRAINING_STARTED, JOB_FOUND, VAE_STARTED, REDIRECTED, NO_LONGER_REACHABLE, OTHER;

	public String messageKey() {
		return "accompaniment.outcome." + name();
	}

}

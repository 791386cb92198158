package org.boussole.content;

import org.jspecify.annotations.Nullable;

/**
 * A fiche offered by the job picker.
 *
 * @param title the job title (appellation) that matched the words typed, when the fiche's
 * own label did not
 */
public record JobOption(String code, String label, @Nullable String title) {

}

/**
 * What the staff write in a dossier: private notes for the team and summaries shared with
 * the beneficiary.
 */
@NullMarked
package org.boussole.accompaniment.note;

import org.jspecify.annotations.NullMarked;

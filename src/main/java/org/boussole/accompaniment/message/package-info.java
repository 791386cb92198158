/**
 * The secure messages of a dossier between the beneficiary and their referent counsellor,
 * with read receipts and attached files checked by their content.
 */
@NullMarked
package org.boussole.accompaniment.message;

import org.jspecify.annotations.NullMarked;

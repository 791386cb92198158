package org.boussole.activity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a copied or imported template goes: the network, one structure or the
 * counsellor's own templates. Written in forms as {@code NETWORK}, {@code COUNSELLOR} or
 * {@code STRUCTURE:<id>}.
 *
 * @param name shown in the form (a structure's name), may be empty
 */
record LibraryTarget(TemplateScope scope, @Nullable UUID ownerId, String name) {

	public String value() {
		return scope == TemplateScope.STRUCTURE ? "STRUCTURE:" + ownerId : scope.name();
	}

	/**
	 * @return whether the value typed in a form names this target
	 */
	boolean matches(@Nullable String value) {
		return value().equals(value);
	}

}

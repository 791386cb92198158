package org.boussole.activity;

import java.util.UUID;

/** A template of the library as lists show it. */
record TemplateRow(UUID id, String title, String scopeKey, int version, boolean archived, boolean manageable) {
}

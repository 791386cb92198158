package org.boussole.network;

import java.util.UUID;

/** A site was created, changed, opened or closed; published inside that transaction. */
public record SiteChanged(UUID siteId) {
}

package org.boussole.accompaniment;

import java.util.Optional;
import java.util.UUID;

import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the person of a dossier lives and the site they would go to, for the travel that
 * remote appointments avoid.
 */
@Service
@Transactional(readOnly = true)
public class DossierPlaces {

	private final DossierRepository dossiers;

	private final NetworkManagement network;

	DossierPlaces(DossierRepository dossiers, NetworkManagement network) {
		this.dossiers = dossiers;
		this.network = network;
	}

	/**
	 * @return the round-trip distance in kilometres, as the crow flies, between the
	 * postal code of the request and the dossier's site; empty when either is unknown
	 */
	public Optional<Double> roundTripKm(UUID dossierId) {
		return dossiers.findById(dossierId)
			.flatMap(dossier -> network.locate(dossier.getPostalCode())
				.flatMap(home -> network.findSite(dossier.getSiteId())
					.map(SiteSummary::point)
					.map(site -> 2 * home.distanceKm(site))));
	}

}

package org.boussole.content.event;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;
import org.boussole.network.SiteSummary;
import org.boussole.network.StructureSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Events and people for the event tests, on top of the demo network. */
final class EventTestSupport {

	static final String GENEVOIS = "MIFE du Genevois français (démo)";

	static final String OFPC = "OFPC Genève (démo)";

	private EventTestSupport() {
	}

	static StructureSummary structure(NetworkManagement network, String name) {
		return network.allStructures().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	static SiteSummary firstSite(NetworkManagement network, String structureName) {
		return network.sitesOf(structure(network, structureName).id()).get(0);
	}

	/** A published event of that structure, at its first site, in a week. */
	static Event publishedEvent(EventRepository events, NetworkManagement network, String structureName, int capacity) {
		SiteSummary site = firstSite(network, structureName);
		Instant start = Instant.now().plus(Duration.ofDays(7));
		Event event = Event.draft(new EventDetails("Atelier " + UUID.randomUUID(), EventKind.WORKSHOP,
				"Premier paragraphe.\n\n<script>alert('x')</script>", site.structureId(), site.id(), null, start,
				start.plus(Duration.ofHours(2)), capacity), Instant.now());
		event.publish(Instant.now());
		return events.save(event);
	}

	static CurrentUser newBeneficiary(AccountManagement accounts) {
		String id = UUID.randomUUID().toString();
		return user(accounts.createActiveAccount("inscrit-" + id + "@events.test", "Personne " + id.substring(0, 8),
				Set.of(Role.BENEFICIARY), "Une phrase de passe assez longue 42"));
	}

	static CurrentUser demo(AccountManagement accounts, String login) {
		return user(accounts.findByEmail(login + "@demo.boussole.test").orElseThrow());
	}

	static CurrentUser user(AccountSummary account) {
		return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

}

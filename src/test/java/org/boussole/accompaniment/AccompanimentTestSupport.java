package org.boussole.accompaniment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.UUID;

import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The people of the tests (demo accounts and fresh beneficiaries) and a valid request
 * form to vary.
 */
final class AccompanimentTestSupport {

	static final String DOMAIN = "@demo.boussole.test";

	static final String PASSWORD = "Une phrase de passe assez longue 42";

	private static final java.util.concurrent.atomic.AtomicInteger NEXT_IP = new java.util.concurrent.atomic.AtomicInteger();

	private AccompanimentTestSupport() {
	}

	/**
	 * A distinct client address for each call (from the range reserved for benchmarks),
	 * so that the limits per address of one test do not fall on another.
	 */
	static RequestPostProcessor fromNewAddress() {
		int n = NEXT_IP.incrementAndGet();
		String ip = "198.18." + (n / 250) % 250 + "." + (1 + n % 250);
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static CurrentUser demo(AccountManagement accounts, String login) {
		return user(accounts.findByEmail(login + DOMAIN).orElseThrow());
	}

	static CurrentUser newBeneficiary(AccountManagement accounts) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return user(accounts.createActiveAccount("beneficiaire-" + id + "@accompaniment.test", "Bénéficiaire " + id,
				EnumSet.of(Role.BENEFICIARY), PASSWORD));
	}

	static CurrentUser user(AccountSummary account) {
		return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), false);
	}

	static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	static RequestDetails details(String postalCode) {
		return new RequestDetails(Situation.JOB_SEEKER, java.util.EnumSet.of(Wish.CLARIFY_PROJECT),
				java.util.EnumSet.of(MeetingMode.PHONE), "Le matin", postalCode, null,
				"Je voudrais travailler dans le soin.", null);
	}

	/**
	 * A complete, valid request from a logged-in person, to which tests add or remove
	 * fields.
	 */
	static MultiValueMap<String, String> validRequest(String postalCode) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("situation", "CROSS_BORDER_WORKER");
		form.add("wishes", "CHANGE_JOB");
		form.add("wishes", "TRAIN");
		form.add("meetingModes", "VIDEO");
		form.add("availability", "Le mardi soir");
		form.add("postalCode", postalCode);
		form.add("commune", "");
		form.add("message", "Je voudrais travailler dans le soin.");
		form.add("consent", "true");
		form.add("depuis", "/metiers/D1102");
		return form;
	}

	/** The same, with the account part that a visitor without account fills in. */
	static MultiValueMap<String, String> validAnonymousRequest(String postalCode, String email) {
		MultiValueMap<String, String> form = validRequest(postalCode);
		form.add("displayName", "Nora Visiteuse");
		form.add("email", email);
		form.add("password", PASSWORD);
		form.add("passwordConfirmation", PASSWORD);
		return form;
	}

}

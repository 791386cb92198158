package org.boussole.accounts;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import jakarta.servlet.DispatcherType;

/**
 * Who may reach which address. Public pages are listed; every other page needs one of the
 * roles, and handlers then check object by object. Also the security headers: a strict
 * Content-Security-Policy (no inline script or style), no framing, no sniffing, a strict
 * referrer policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/** Pages anyone may see, logged in or not. */
	static final String[] PUBLIC_PAGES = { "/", "/s-informer", "/etre-accompagne", "/sources", "/confidentialite",
			"/mentions-legales", "/accessibilite", "/centres", "/centres/**", "/inscription", "/inscription/**",
			"/connexion", "/connexion/debloquer", "/connexion/debloquer/**", "/mot-de-passe-oublie", "/mot-de-passe/**",
			"/invitation/**", "/error", "/api/search", "/metiers", "/metiers/**", "/guides", "/guides/**",
			"/evenements", "/evenements/**", "/accompagnement/demande", "/accompagnement/demande/**",
			"/actuator/health", "/actuator/health/**", "/recherche", "/recherche/**", "/agenda/*", "/chiffres",
			"/chiffres/**" };

	/** Actions on public pages that need a signed-in person (registering to an event). */
	static final String[] SIGNED_IN_UNDER_PUBLIC_PAGES = { "/evenements/*/inscription", "/evenements/*/inscription/**",
			"/evenements/mes-inscriptions" };

	static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico" };

	static final String[] ANY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountAuthenticationProvider provider,
			LoginHandlers handlers, TotpGateFilter totpGate, AccountSessions sessions, LoginThrottle throttle)
			throws Exception {
		// a manager of its own, without the global parent that would count every failed
		// login a second time
		http.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers(STATIC_RESOURCES)
						.permitAll()
						.requestMatchers(SIGNED_IN_UNDER_PUBLIC_PAGES)
						.hasAnyRole(ANY_ROLE)
						.requestMatchers(PUBLIC_PAGES)
						.permitAll()
						.requestMatchers("/connexion/code")
						.hasAuthority(AccountAuthenticationProvider.TOTP_PENDING)
						.requestMatchers("/admin/courriels", "/admin/courriels/**", "/actuator/**")
						.hasRole(Role.NETWORK_ADMIN.name())
						.requestMatchers("/conseil", "/conseil/**")
						.hasAnyRole(Role.COUNSELLOR.name(), Role.STRUCTURE_ADMIN.name())
						.requestMatchers("/redaction", "/redaction/**")
						.hasAnyRole(Role.EDITOR.name(), Role.NETWORK_ADMIN.name())
						.requestMatchers("/admin", "/admin/**")
						.hasAnyRole(Role.NETWORK_ADMIN.name(), Role.STRUCTURE_ADMIN.name())
						.anyRequest()
						.hasAnyRole(ANY_ROLE))
			.formLogin(form -> form.loginPage("/connexion")
				.loginProcessingUrl("/connexion")
				.usernameParameter("email")
				.passwordParameter("password")
				// the origin of the attempt, as the throttle counts it
				.authenticationDetailsSource(request -> throttle.originOf(request, request.getParameter("email")))
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/deconnexion")
				.logoutSuccessUrl("/connexion?deconnexion")
				.deleteCookies("BOUSSOLE_SESSION"))
			// before the rules are checked, so that they see the roles the account holds
			// now
			.addFilterBefore(sessions, AnonymousAuthenticationFilter.class)
			.addFilterAfter(totpGate, AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), interest-cohort=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * The account's sessions are checked inside the security chain only, not a second
	 * time as a plain servlet filter.
	 */
	@Bean
	FilterRegistrationBean<AccountSessions> accountSessionsRegistration(AccountSessions filter) {
		FilterRegistrationBean<AccountSessions> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The gate runs inside the security chain only, not a second time as a plain servlet
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<TotpGateFilter> totpGateRegistration(TotpGateFilter filter) {
		FilterRegistrationBean<TotpGateFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}

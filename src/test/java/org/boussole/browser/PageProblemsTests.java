package org.boussole.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * The problems a browser run fails on are really caught. Each test serves a small page of
 * its own (under the application's own address and, where it matters, with the
 * application's real Content-Security-Policy) in a separate browser context, and looks at
 * what the collector saw.
 */
class PageProblemsTests extends BrowserTest {

	private static final String PAGE = "/essai-navigateur/page";

	@BrowserJourney(Viewport.DESKTOP) // #2
	void aCleanPageHasNoProblem() {
		assertThat(problemsOf(html("<p>Bonjour</p><script src=\"/essai-navigateur/calme.js\"></script>"), appPolicy(),
				p -> false))
			.isEmpty();
	}

	@BrowserJourney(Viewport.DESKTOP) // #2
	void reportsInlineScriptBlockedByTheContentSecurityPolicy() {
		assertThat(problemsOf(html("<script>document.title = 'non';</script>"), appPolicy(),
				p -> p.contains("Content-Security-Policy violation: script-src")))
			.anyMatch(p -> p.contains("Content-Security-Policy violation: script-src"));
	}

	@BrowserJourney(Viewport.DESKTOP) // #2
	void reportsStyleAttributesBlockedByTheContentSecurityPolicy() {
		assertThat(problemsOf(html("<p style=\"color: red\">Rouge</p>"), appPolicy(),
				p -> p.contains("Content-Security-Policy violation: style-src")))
			.anyMatch(p -> p.contains("Content-Security-Policy violation: style-src"));
	}

	@BrowserJourney(Viewport.DESKTOP) // #2
	void reportsConsoleErrorsAndUncaughtScriptErrors() {
		List<String> problems = problemsOf(html("<script src=\"/essai-navigateur/casse.js\"></script>"), appPolicy(),
				p -> p.startsWith("Uncaught script error"));

		assertThat(problems).anyMatch(p -> p.startsWith("Console error: boum"))
			.anyMatch(p -> p.startsWith("Uncaught script error") && p.contains("patatras"));
	}

	@BrowserJourney(Viewport.DESKTOP) // #2
	void reportsRequestsToOtherHosts() {
		// no policy here, so that the browser really tries: Boussole loads nothing from a
		// third party
		List<String> problems = problemsOf(html("<img src=\"https://tiers.invalid/pixel.png\" alt=\"\">"), null,
				p -> p.startsWith("Failed request to a third-party host"));

		assertThat(problems).anyMatch(p -> p.startsWith("Request to a third-party host: GET https://tiers.invalid/"))
			.anyMatch(p -> p.startsWith("Failed request to a third-party host: https://tiers.invalid/"));
	}

	@BrowserJourney // #2
	void reportsPagesWiderThanTheScreen() {
		List<String> problems = problemsOf(html("<div class=\"large\">Trop large</div>"), appPolicy(),
				p -> p.startsWith("Horizontal scroll"));

		assertThat(problems).anyMatch(p -> p.startsWith("Horizontal scroll on " + PAGE + ": the page is 15")
				&& p.endsWith("px wide for a viewport of " + viewport().width() + " px"));
	}

	@BrowserJourney // #2
	void assertionOnHorizontalScrollFailsOnAWidePage() {
		BrowserContext isolated = isolatedContext();
		try {
			Page page = isolated.newPage();
			page.navigate(url(PAGE));
			assertThatThrownBy(() -> assertNoHorizontalScroll(page)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("horizontal scroll");
		}
		finally {
			isolated.close();
		}
	}

	@BrowserJourney(Viewport.DESKTOP) // #2
	void accessibilityCheckFindsMissingLabelsAltsAndHeadings() {
		BrowserContext isolated = isolatedContext();
		try {
			serve(isolated,
					"<!DOCTYPE html><html><head><title>Essai</title></head><body><h2>Sans titre</h2><h4>Saut</h4>"
							+ "<input name=\"q\"><img src=\"/essai-navigateur/rien.png\"></body></html>",
					null);
			Page page = isolated.newPage();
			page.navigate(url(PAGE));
			assertThatThrownBy(() -> assertBasicAccessibility(page)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("html has no lang attribute")
				.hasMessageContaining("0 h1 elements")
				.hasMessageContaining("heading h4 after h2")
				.hasMessageContaining("field without label")
				.hasMessageContaining("image without alt");
		}
		finally {
			isolated.close();
		}
	}

	private List<String> problemsOf(String html, @Nullable String policy, Predicate<String> awaited) {
		BrowserContext isolated = context().browser().newContext(viewport().contextOptions());
		try {
			PageProblems problems = PageProblems.watch(isolated);
			serve(isolated, html, policy);
			Page page = isolated.newPage();
			page.navigate(url(PAGE));
			// events travel asynchronously: wait a little for the awaited one, then for
			// stragglers
			for (int i = 0; i < 40 && problems.reported().stream().noneMatch(awaited); i++) {
				page.waitForTimeout(50);
			}
			page.waitForTimeout(200);
			return problems.reported();
		}
		finally {
			isolated.close();
		}
	}

	private BrowserContext isolatedContext() {
		BrowserContext isolated = context().browser().newContext(viewport().contextOptions());
		serve(isolated, html("<div class=\"large\">Trop large</div>"), appPolicy());
		return isolated;
	}

	private void serve(BrowserContext context, String html, @Nullable String policy) {
		context.route(url("/essai-navigateur/**"), route -> {
			String path = route.request().url().substring(url("").length());
			if (path.endsWith(".js")) {
				route.fulfill(new Route.FulfillOptions().setContentType("text/javascript")
					.setBody(path.endsWith("casse.js") ? "console.error('boum'); throw new Error('patatras');"
							: "void 0;"));
			}
			else if (path.endsWith(".css")) {
				route.fulfill(
						new Route.FulfillOptions().setContentType("text/css").setBody(".large { width: 1500px; }"));
			}
			else if (path.equals(PAGE)) {
				route.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8")
					.setHeaders(policy == null ? Map.of() : Map.of("Content-Security-Policy", policy))
					.setBody(html));
			}
			else {
				route.fulfill(new Route.FulfillOptions().setStatus(204));
			}
		});
	}

	/**
	 * @return the Content-Security-Policy the application really sends
	 */
	private String appPolicy() {
		String policy = context().request().get(url("/")).headers().get("content-security-policy");
		assertThat(policy).isNotBlank();
		return policy;
	}

	private static String html(String body) {
		return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Essai</title>"
				+ "<link rel=\"stylesheet\" href=\"/essai-navigateur/essai.css\"></head><body><h1>Essai</h1>" + body
				+ "</body></html>";
	}

}

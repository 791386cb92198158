package org.boussole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.boussole.AppIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Base class of the browser tests: the whole application on a random port
 * ({@link AppIntegrationTest}) and a real Chromium clicking through its pages. Each
 * {@link BrowserJourney} method runs on a phone and on a desktop viewport, each time in a
 * fresh browser context, so cookies and sessions never leak from one run to the next.
 * <p>
 * A run fails, besides its own assertions, when the browser reports a console error, an
 * uncaught script error, a Content-Security-Policy violation or a request to a host other
 * than the application, or when a page it loads scrolls sideways. Screenshots of failed
 * runs go to {@code target/browser-screenshots/}.
 */
@AppIntegrationTest
public abstract class BrowserTest {

	@LocalServerPort
	private int port;

	private @Nullable BrowserSession session;

	final void attach(BrowserSession session) {
		this.session = session;
	}

	final @Nullable BrowserSession detach() {
		BrowserSession detached = session;
		session = null;
		return detached;
	}

	private BrowserSession session() {
		if (session == null) {
			throw new IllegalStateException("No browser here: use it from a @BrowserJourney method");
		}
		return session;
	}

	/**
	 * @return the viewport of this run, never {@literal null}
	 */
	protected final Viewport viewport() {
		return session().viewport();
	}

	/**
	 * @return the tab this run started with, never {@literal null}
	 */
	protected final Page page() {
		return session().page();
	}

	/**
	 * @return this run's own browser context, e.g. to open a second tab or read cookies;
	 * never {@literal null}
	 */
	protected final BrowserContext context() {
		return session().context();
	}

	/**
	 * @param path a path of the application, such as {@code "/connexion"}
	 * @return the absolute address of that path on the running application
	 */
	protected final String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Loads a page of the application in the tab of this run, checks that it answered 2xx
	 * or 3xx and that it does not scroll sideways.
	 * @param path a path of the application, such as {@code "/connexion"}
	 * @return the tab, never {@literal null}
	 */
	protected final Page open(String path) {
		Page page = page();
		Response response = page.navigate(url(path));
		assertThat(response).as("response to %s", path).isNotNull();
		assertThat(response.status()).as("HTTP status of %s", path).isBetween(200, 399);
		assertNoHorizontalScroll(page);
		return page;
	}

	/**
	 * Follows a link or presses a button as a person would on this viewport: a tap on the
	 * phone, a click on the desktop. Use Playwright's assertions afterwards
	 * ({@code assertThat(page).hasURL(..)}): they wait for the page.
	 */
	protected final void activate(Locator target) {
		if (viewport().isMobile()) {
			target.tap();
		}
		else {
			target.click();
		}
	}

	/**
	 * Stops reporting the problems whose text contains the given fragment, for a journey
	 * that provokes one on purpose (an error page logs "Failed to load resource: the
	 * server responded with a status of 404").
	 */
	protected final void tolerate(String fragment) {
		session().problems().tolerate(fragment);
	}

	/** Checks that the page is no wider than the viewport: nothing to scroll sideways. */
	@SuppressWarnings("unchecked")
	protected static void assertNoHorizontalScroll(Page page) {
		Map<String, Object> widths = (Map<String, Object>) page.evaluate(PageProblems.WIDTHS);
		assertThat(widths.get("overflows"))
			.as("horizontal scroll on %s: the page is %s px wide for a viewport of %s px", page.url(),
					widths.get("page"), widths.get("viewport"))
			.isEqualTo(false);
	}

	/**
	 * Checks the basics of accessibility on the page as it is: {@code html[lang]} set,
	 * exactly one {@code h1}, no heading level skipped downwards, a {@code label} for
	 * every form field (hidden fields and buttons apart), an {@code alt} on every image.
	 */
	@SuppressWarnings("unchecked")
	protected static void assertBasicAccessibility(Page page) {
		List<String> problems = (List<String>) page.evaluate(ACCESSIBILITY);
		assertThat(problems).as("accessibility of %s", page.url()).isEmpty();
	}

	/** Checks that the element having the keyboard focus shows it, with an outline. */
	@SuppressWarnings("unchecked")
	protected static void assertFocusVisible(Page page) {
		Map<String, Object> focus = (Map<String, Object>) page.evaluate(
				"""
						(() => { const e = document.activeElement; const s = getComputedStyle(e);
						  return { element: e.outerHTML.substring(0, 120), style: s.outlineStyle, width: s.outlineWidth }; })()""");
		assertThat(focus.get("style")).as("outline style of the focused %s", focus.get("element")).isNotEqualTo("none");
		assertThat(focus.get("width")).as("outline width of the focused %s", focus.get("element")).isNotEqualTo("0px");
	}

	private static final String ACCESSIBILITY = """
			(() => {
			  const problems = [];
			  const lang = document.documentElement.getAttribute('lang');
			  if (!lang || !lang.trim()) problems.push('html has no lang attribute');
			  const h1 = document.querySelectorAll('h1').length;
			  if (h1 !== 1) problems.push(h1 + ' h1 elements instead of exactly one');
			  let previous = 0;
			  document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => {
			    const level = Number(h.tagName.substring(1));
			    if (previous && level > previous + 1) problems.push('heading h' + level + ' after h' + previous + ': '
			      + h.textContent.trim());
			    previous = level;
			  });
			  document.querySelectorAll('input, select, textarea').forEach(field => {
			    const type = (field.getAttribute('type') || '').toLowerCase();
			    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) return;
			    if (!field.labels || field.labels.length === 0) problems.push('field without label: ' + field.outerHTML);
			  });
			  document.querySelectorAll('img:not([alt])').forEach(img => problems.push('image without alt: ' + img.outerHTML));
			  return problems;
			})()""";

}

package org.boussole.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Request;

/**
 * What went wrong in the pages of one browser context, as a person would not see it:
 * console errors, uncaught script errors, Content-Security-Policy violations, requests
 * leaving the site (Boussole loads nothing from a third party), and pages wider than the
 * screen when they finish loading.
 */
final class PageProblems {

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/**
	 * JavaScript expression: the page width, the viewport width, and whether the page
	 * scrolls sideways.
	 */
	static final String WIDTHS = """
			(() => { const d = document.documentElement;
			  const viewport = Math.min(window.innerWidth, d.clientWidth);
			  return { page: d.scrollWidth, viewport: viewport, overflows: d.scrollWidth > viewport }; })()""";

	private static final String OVERFLOW = "Horizontal scroll on ";

	private static final String VIOLATION = "Content-Security-Policy violation: ";

	/**
	 * Runs in every page before its own scripts (not subject to the page's CSP) and
	 * reports through the console.
	 */
	private static final String WATCHER = """
			document.addEventListener('securitypolicyviolation', e => console.error(
			  '%s' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code')
			  + ' in ' + e.documentURI));
			window.addEventListener('load', () => { const w = %s;
			  if (w.overflows) console.error('%s' + location.pathname + ': the page is ' + w.page
			    + ' px wide for a viewport of ' + w.viewport + ' px'); });
			""".formatted(VIOLATION, WIDTHS, OVERFLOW);

	private final List<String> problems = new ArrayList<>();

	private final List<String> tolerated = new ArrayList<>();

	private PageProblems() {
	}

	/**
	 * @return a collector listening to every page of the given context, now and later
	 */
	static PageProblems watch(BrowserContext context) {
		PageProblems collector = new PageProblems();
		context.addInitScript(WATCHER);
		context.onConsoleMessage(collector::console);
		context.onWebError(error -> collector.add("Uncaught script error: " + error.error()));
		context.onRequest(request -> {
			if (isThirdParty(request.url())) {
				collector.add("Request to a third-party host: " + request.method() + " " + request.url());
			}
		});
		context.onRequestFailed(request -> {
			if (isThirdParty(request.url())) {
				collector.add("Failed request to a third-party host: " + request.url() + " (" + failure(request) + ")");
			}
		});
		return collector;
	}

	private void console(ConsoleMessage message) {
		String text = message.text();
		if (text.startsWith(OVERFLOW) || text.startsWith(VIOLATION)) {
			add(text); // reported by the watcher below, already worded as a problem
		}
		else if (text.contains("Content-Security-Policy") || text.contains("Content Security Policy")) {
			add("CSP: " + text + " [" + message.location() + "]");
		}
		else if ("error".equals(message.type())) {
			add("Console error: " + text + " [" + message.location() + "]");
		}
	}

	static boolean isThirdParty(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
		String scheme = uri.getScheme();
		boolean network = "http".equals(scheme) || "https".equals(scheme) || "ws".equals(scheme)
				|| "wss".equals(scheme);
		return network && (uri.getHost() == null || !LOCAL_HOSTS.contains(uri.getHost()));
	}

	private static String failure(Request request) {
		String failure = request.failure();
		return failure == null ? "no reason given" : failure;
	}

	private synchronized void add(String problem) {
		problems.add(problem);
	}

	/**
	 * Problems containing the given text are no longer reported (for journeys that
	 * provoke them on purpose).
	 */
	synchronized void tolerate(String fragment) {
		tolerated.add(fragment);
	}

	/**
	 * @return the problems seen so far, minus the tolerated ones, in order; never
	 * {@literal null}
	 */
	synchronized List<String> reported() {
		return problems.stream().filter(p -> tolerated.stream().noneMatch(p::contains)).toList();
	}

}

package org.boussole.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The one Playwright driver and Chromium process of the test JVM. It is kept in the store
 * of the root JUnit context, which closes it once all tests have run. Playwright never
 * downloads a browser: it drives the system Chromium.
 */
final class SharedBrowser implements AutoCloseable {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

	static final List<String> CHROMIUM_ARGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final Browser browser;

	private SharedBrowser(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * @return the browser of this test JVM, launched on first use with the given
	 * executable
	 */
	static Browser in(ExtensionContext context, String executable) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedBrowser.class, key -> launch(executable), SharedBrowser.class).browser;
	}

	private static SharedBrowser launch(String executable) {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(java.nio.file.Path.of(executable))
					.setHeadless(true)
					.setArgs(CHROMIUM_ARGS));
			return new SharedBrowser(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		try {
			browser.close();
		}
		finally {
			playwright.close();
		}
	}

}

package org.boussole.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Runs each {@link BrowserJourney} once per viewport. Before each run it opens a fresh
 * browser context in the shared Chromium (or skips or fails the run, see
 * {@link ChromiumRequirement}); after it, it saves screenshots of the open tabs if the
 * run failed, closes the context and fails the run if the browser reported problems.
 */
final class ViewportInvocations implements TestTemplateInvocationContextProvider {

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return AnnotationSupport.isAnnotated(context.getTestMethod(), BrowserJourney.class);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		Viewport[] viewports = AnnotationSupport.findAnnotation(context.getTestMethod(), BrowserJourney.class)
			.map(BrowserJourney::value)
			.orElse(Viewport.values());
		return Arrays.stream(viewports).map(OnViewport::new);
	}

	private record OnViewport(Viewport viewport) implements TestTemplateInvocationContext {

		@Override
		public String getDisplayName(int invocationIndex) {
			return viewport.label();
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(new SessionLifecycle(viewport));
		}

	}

	private record SessionLifecycle(
			Viewport viewport) implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

		private static final double TIMEOUT_MILLIS = 10_000;

		@Override
		public void beforeEach(ExtensionContext context) {
			ChromiumRequirement requirement = ChromiumRequirement.ofThisMachine();
			requirement.enforce();
			BrowserContext browserContext = SharedBrowser.in(context, requirement.executable())
				.newContext(viewport.contextOptions());
			browserContext.setDefaultTimeout(TIMEOUT_MILLIS);
			PageProblems problems = PageProblems.watch(browserContext);
			test(context).attach(new BrowserSession(viewport, browserContext, browserContext.newPage(), problems));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			BrowserSession session = test(context).detach();
			if (session == null) {
				return; // the run was skipped before it opened a browser
			}
			try {
				List<String> problems = session.problems().reported();
				if (context.getExecutionException().isPresent() || !problems.isEmpty()) {
					saveScreenshots(context, session);
				}
				if (!problems.isEmpty()) {
					throw new AssertionError("The browser reported problems on " + viewport.label() + ":\n - "
							+ String.join("\n - ", problems));
				}
			}
			finally {
				session.context().close();
			}
		}

		private static BrowserTest test(ExtensionContext context) {
			if (context.getRequiredTestInstance() instanceof BrowserTest test) {
				return test;
			}
			throw new ExtensionConfigurationException(
					"@BrowserJourney methods belong to a class extending " + BrowserTest.class.getName());
		}

		private void saveScreenshots(ExtensionContext context, BrowserSession session) {
			Path folder = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");
			String name = context.getRequiredTestClass().getSimpleName() + "."
					+ context.getRequiredTestMethod().getName() + "-" + viewport.name().toLowerCase(Locale.ROOT);
			List<Page> pages = session.context().pages();
			try {
				Files.createDirectories(folder);
				for (int i = 0; i < pages.size(); i++) {
					Path file = folder.resolve(name + (i == 0 ? "" : "-" + i) + ".png");
					pages.get(i).screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
					System.err.println("Screenshot of " + pages.get(i).url() + " saved to " + file);
				}
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("No screenshot for " + name + ": " + ex.getMessage());
			}
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			Class<?> type = parameter.getParameter().getType();
			return type == Viewport.class || type == Page.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			if (parameter.getParameter().getType() == Viewport.class) {
				return viewport;
			}
			return test(context).page();
		}

	}

}

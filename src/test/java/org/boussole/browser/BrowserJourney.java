package org.boussole.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test method of a {@link BrowserTest}: it runs once per viewport (phone and
 * desktop by default), each time in a fresh browser context (no cookies, no session), and
 * fails on any problem the browser reports (see {@link BrowserTest}). The method may take
 * a {@link Viewport} or a {@link com.microsoft.playwright.Page} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ViewportInvocations.class)
public @interface BrowserJourney {

	/**
	 * @return the viewports to run on, each one once
	 */
	Viewport[] value() default { Viewport.PHONE, Viewport.DESKTOP };

}

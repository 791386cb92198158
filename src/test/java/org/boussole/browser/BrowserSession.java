package org.boussole.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The browser state of one run of a journey: its viewport, its own context (cookies), its
 * first tab, its problems.
 */
record BrowserSession(Viewport viewport, BrowserContext context, Page page, PageProblems problems) {

}

/**
 * Browser tests: Playwright driving the system Chromium through the real pages of the
 * running application, on a phone and on a desktop viewport. A journey extends
 * {@link org.boussole.browser.BrowserTest} and marks its methods with
 * {@link org.boussole.browser.BrowserJourney}:
 *
 * <pre>{@code
 * class SignUpBrowserTests extends BrowserTest {
 *
 *     &#64;BrowserJourney // #2
 *     void visitorOpensAnAccount() {
 *         Page page = open("/inscription");
 *         page.getByLabel("Adresse électronique").fill("marie-" + UUID.randomUUID() + "@exemple.org");
 *         activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")));
 *         assertThat(page).hasURL(url("/inscription/envoyee"));   // PlaywrightAssertions: waits for the page
 *         assertBasicAccessibility(page);
 *     }
 * }
 * }</pre>
 *
 * Without Chromium the journeys are skipped, except with {@code CI=true}, where they
 * fail.
 */
@NullMarked
package org.boussole.browser;

import org.jspecify.annotations.NullMarked;

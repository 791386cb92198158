package org.boussole.content.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuideMarkdownTests {

	static final String CRAFTED = """
			## Titre

			<script>alert('x')</script>

			Un <img src=x onerror=alert(1)> texte et <b>gras</b>.

			[cliquer](javascript:alert(1)) [encore](JaVaScRiPt:alert(2)) [entité](jav&#x61;script:alert(3))
			<javascript:alert(4)> ![image](data:image/png;base64,AAAA)
			""";

	/**
	 * Rendering is the second line of defence (saving refuses such a body first): it
	 * escapes raw HTML and empties unsafe link addresses.
	 */
	@Test // #3
	void aCraftedBodyNeverRendersAScriptNorAJavascriptAddress() {
		String html = GuideMarkdown.render(CRAFTED);

		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<img src=\"x\"")
			.doesNotContainIgnoringCase("href=\"javascript:")
			.doesNotContainIgnoringCase("<b>")
			.contains("&lt;script&gt;");
		assertThat(html.toLowerCase()).doesNotContainPattern("href=\"\\s*jav");
	}

	@Test // #3
	void rawHtmlIsRefused() {
		assertThat(GuideMarkdown.check("Bonjour <script>alert(1)</script>"))
			.hasValueSatisfying(problem -> assertThat(problem.messageKey()).isEqualTo("content.guide.body.html"));
		assertThat(GuideMarkdown.check("<div>bloc</div>\n")).isPresent();
	}

	@Test // #3
	void linksAndImagesWithOtherSchemesThanWebAndMailAreRefused() {
		for (String body : new String[] { "[a](javascript:alert(1))", "[a](jav&#x61;script:alert(1))",
				"<javascript:alert(1)>", "![i](data:image/png;base64,AAAA)", "[a](vbscript:x)",
				"[a][r]\n\n[r]: javascript:x" }) {
			assertThat(GuideMarkdown.check(body)).as(body)
				.hasValueSatisfying(problem -> assertThat(problem.messageKey()).isEqualTo("content.guide.body.url"));
		}
	}

	@Test // #3
	void ordinaryMarkdownWithWebMailAndRelativeLinksIsAccepted() {
		String body = """
				## Sources

				- [Mon compte formation](https://www.moncompteformation.gouv.fr/)
				- [Écrire](mailto:contact@exemple.fr), [le guide VAE](/guides/vae), [ancre](#sources)
				- 3 < 5 et 5 > 3
				""";

		assertThat(GuideMarkdown.check(body)).isEmpty();
		assertThat(GuideMarkdown.render(body)).contains("<h2>Sources</h2>")
			.contains("href=\"https://www.moncompteformation.gouv.fr/\"")
			.contains("3 &lt; 5");
	}

}

package org.boussole.content.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown of the guides. Editors write Markdown only: a body with raw HTML, or with
 * a link or image whose address is not http, https, mailto or a relative path, is refused
 * when saved; and rendering escapes raw HTML and neutralises such addresses anyway.
 */
final class GuideMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

	private static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");

	private GuideMarkdown() {
	}

	/**
	 * @param markdown the body of a guide
	 * @return its HTML, never {@literal null}
	 */
	static String render(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

	/**
	 * @param markdown the body of a guide
	 * @return the first reason to refuse it, if any
	 */
	static Optional<Problem> check(String markdown) {
		List<Problem> problems = new ArrayList<>();
		PARSER.parse(markdown).accept(new AbstractVisitor() {

			@Override
			public void visit(HtmlBlock block) {
				problems.add(new Problem("content.guide.body.html", block.getLiteral().strip()));
			}

			@Override
			public void visit(HtmlInline inline) {
				problems.add(new Problem("content.guide.body.html", inline.getLiteral()));
			}

			@Override
			public void visit(Link link) {
				checkAddress(link.getDestination(), problems);
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				checkAddress(image.getDestination(), problems);
				visitChildren(image);
			}

		});
		return problems.stream().findFirst();
	}

	private static void checkAddress(String destination, List<Problem> problems) {
		// control characters could hide a scheme from the browser's point of view
		String cleaned = destination.replaceAll("[\\p{Cntrl}\\s]", "");
		Matcher scheme = SCHEME.matcher(cleaned);
		if (scheme.find() && !ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
			problems.add(new Problem("content.guide.body.url", destination));
		}
	}

	/**
	 * Why a body is refused.
	 *
	 * @param messageKey the message, which takes the offending text as {0}
	 * @param excerpt the offending text
	 */
	record Problem(String messageKey, String excerpt) {

		Problem {
			excerpt = excerpt.length() > 60 ? excerpt.substring(0, 60) + "…" : excerpt;
		}

	}

}

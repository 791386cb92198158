package org.boussole.content;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.boussole.content.JobViews.Fiche;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The content of a job fiche page, rendered once per fiche and language and kept as long
 * as the catalogue keeps the fiche. A fiche only changes on import and its content
 * depends on nobody (the header with the signed-in person's links is rendered for each
 * request by the layout), so rendering its few hundred elements again for every visitor
 * was most of the server time of the page.
 */
@Component
class FichePages {

	private final ITemplateEngine templates;

	private volatile @Nullable JakartaServletWebApplication application;

	// weak keys compare by identity: a fiche read again after an import or an expiry is a
	// new object, rendered again
	private final Cache<Fiche, Map<Locale, String>> rendered = Caffeine.newBuilder().weakKeys().build();

	FichePages(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @return the HTML of the fiche's content (escaped where it holds data), in the
	 * language of the request
	 */
	String content(Fiche fiche, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return rendered.get(fiche, f -> new ConcurrentHashMap<>())
			.computeIfAbsent(locale, l -> render(fiche, l, request, response));
	}

	private String render(Fiche fiche, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		JakartaServletWebApplication web = application;
		if (web == null) {
			web = JakartaServletWebApplication.buildApplication(request.getServletContext());
			application = web;
		}
		WebContext context = new WebContext(web.buildExchange(request, response), locale, Map.of("fiche", fiche));
		return templates.process("content/fiche-content", Set.of("content"), context);
	}

}

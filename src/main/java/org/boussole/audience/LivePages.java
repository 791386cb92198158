package org.boussole.audience;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses live measurement looks at: the public site only, never the staff areas,
 * the personal pages, the login pages, the API or static files. Also tells which page
 * views are steps of the accompaniment funnel and which are searches.
 */
final class LivePages {

	static final String PRIVACY_PAGE = "/confidentialite";

	static final String REQUEST_PAGE = "/accompagnement/demande";

	static final int MAX_PATH_LENGTH = 500;

	private static final List<String> NOT_MEASURED = List.of("/admin", "/conseil", "/redaction", "/connexion",
			"/deconnexion", "/mot-de-passe", "/invitation", "/inscription", "/mon-compte", "/mon-espace",
			"/mon-accompagnement", "/actuator", "/api", "/css", "/js", "/images", "/webjars", "/favicon", "/error",
			"/accompagnement/espace");

	private static final Pattern JOB_FICHE = Pattern.compile("/metiers/[A-Z][0-9]{4}");

	private static final Pattern GUIDE = Pattern.compile("/guides/[^/]+");

	private LivePages() {
	}

	/**
	 * @param path the request path, without the context path and query string
	 */
	static boolean isMeasured(String path) {
		if (path.isEmpty() || path.length() > MAX_PATH_LENGTH || path.charAt(0) != '/') {
			return false;
		}
		for (String prefix : NOT_MEASURED) {
			if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/'
					|| path.charAt(prefix.length()) == '-' || path.charAt(prefix.length()) == '.')) {
				return false;
			}
		}
		return !isAsset(path);
	}

	private static boolean isAsset(String path) {
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash
				&& PageViewRules.ASSET_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * @param depuis the {@code depuis} parameter of the request, the page the person came
	 * from
	 * @return the funnel step of a page view of that path, or {@literal null}
	 */
	static @Nullable FunnelStep stepOf(String path, @Nullable String depuis) {
		if (JOB_FICHE.matcher(path).matches() || GUIDE.matcher(path).matches()) {
			return FunnelStep.READ;
		}
		if (path.equals(REQUEST_PAGE) && depuis != null && !depuis.isBlank()) {
			return FunnelStep.CONTACT_CLICKED;
		}
		return null;
	}

	/**
	 * @return whether the query string holds a non-empty search parameter of DESIGN.md §5
	 */
	static boolean isSearch(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return false;
		}
		for (String pair : query.split("[&;]")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && PageViewRules.SEARCH_PARAMETERS.contains(pair.substring(0, equals))
					&& !pair.substring(equals + 1).replace("%20", "").replace("+", "").isBlank()) {
				return true;
			}
		}
		return false;
	}

}

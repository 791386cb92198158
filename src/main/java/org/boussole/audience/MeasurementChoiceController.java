package org.boussole.audience;

import java.time.Clock;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The visitor's choice, on the privacy page, not to have their visits measured (or to
 * have them measured again): a cookie of 13 months, which works without JavaScript and
 * without an account. Opting out also forgets the visitor id.
 */
@Controller
class MeasurementChoiceController {

	static final String ANCHOR = "/confidentialite#mesure-audience";

	private final Clock clock;

	MeasurementChoiceController(Clock clock) {
		this.clock = clock;
	}

	@PostMapping(LivePages.PRIVACY_PAGE)
	String processMeasurementChoice(@RequestParam(name = "mesurer", defaultValue = "") String measure,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		boolean secure = request.isSecure();
		if (measure.equals("non")) {
			response.addHeader(HttpHeaders.SET_COOKIE, VisitorCookie.header(VisitorCookie.OPT_OUT, "1",
					VisitorCookie.maxAgeSeconds(clock.instant()), secure));
			response.addHeader(HttpHeaders.SET_COOKIE, VisitorCookie.header(VisitorCookie.NAME, "", 0, secure));
			redirect.addFlashAttribute("flash", "audience.privacy.opted-out");
		}
		else if (measure.equals("oui")) {
			response.addHeader(HttpHeaders.SET_COOKIE, VisitorCookie.header(VisitorCookie.OPT_OUT, "", 0, secure));
			redirect.addFlashAttribute("flash", "audience.privacy.opted-in");
		}
		return "redirect:" + ANCHOR;
	}

}

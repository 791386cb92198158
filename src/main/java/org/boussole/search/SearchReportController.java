package org.boussole.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.editorial.EditorialRights;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The editors' report on the search log ({@code /redaction/recherches}): what people look
 * for over a period, what they do not find, and from there one step to a synonym or a new
 * guide.
 */
@Controller
class SearchReportController {

	static final int DEFAULT_DAYS = 30;

	/** The period asked for, as typed: ISO dates, both optional. */
	static final class PeriodForm {

		private String du = "";

		private String au = "";

		public String getDu() {
			return du;
		}

		public void setDu(@Nullable String du) {
			this.du = du == null ? "" : du.strip();
		}

		public String getAu() {
			return au;
		}

		public void setAu(@Nullable String au) {
			this.au = au == null ? "" : au.strip();
		}

	}

	private final SearchReport report;

	private final EditorialRights rights;

	private final Clock clock;

	SearchReportController(SearchReport report, EditorialRights rights, Clock clock) {
		this.report = report;
		this.rights = rights;
		this.clock = clock;
	}

	@GetMapping("/redaction/recherches")
	String showReport(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
			BindingResult errors, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(SearchReport.ZONE));
		Optional<LocalDate> to = period.getAu().isEmpty() ? Optional.of(today) : parse(period.getAu());
		if (to.isEmpty()) {
			errors.rejectValue("au", "search.report.error.date");
		}
		Optional<LocalDate> from = period.getDu().isEmpty() ? to.map(t -> t.minusDays(DEFAULT_DAYS - 1))
				: parse(period.getDu());
		if (from.isEmpty() && !period.getDu().isEmpty()) {
			errors.rejectValue("du", "search.report.error.date");
		}
		if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
			errors.rejectValue("du", "search.report.error.order");
		}
		model.addAttribute("mayAddSynonyms", rights.isNetworkEditor(user));
		model.addAttribute("mayWriteGuides", rights.mayEditGuides(user));
		if (errors.hasErrors() || from.isEmpty() || to.isEmpty()) {
			return "search/report";
		}
		period.setDu(from.get().toString());
		period.setAu(to.get().toString());
		model.addAttribute("report", report.over(from.get(), to.get()));
		return "search/report";
	}

	/**
	 * @return the date, or empty when it is not a real ISO date (yyyy-mm-dd) between the
	 * years 2000 and 2999
	 */
	static Optional<LocalDate> parse(String date) {
		try {
			LocalDate parsed = LocalDate.parse(date);
			return parsed.getYear() < 2000 || parsed.getYear() > 2999 ? Optional.empty() : Optional.of(parsed);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}

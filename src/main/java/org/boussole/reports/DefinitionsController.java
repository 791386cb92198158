package org.boussole.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page that defines every indicator the service publishes: what it counts, in
 * what unit, from what source. Figures are only worth what their definitions are, so
 * anyone may read them.
 */
@Controller
class DefinitionsController {

	static final String PATH = "/chiffres/definitions";

	private final IndicatorTexts texts;

	DefinitionsController(IndicatorTexts texts) {
		this.texts = texts;
	}

	@GetMapping(PATH)
	String showDefinitions(Locale locale, Model model) {
		Map<Indicator.Source, List<IndicatorTexts.Text>> bySource = Indicators.ALL.stream()
			.collect(Collectors.groupingBy(Indicator::source, () -> new EnumMap<>(Indicator.Source.class),
					Collectors.mapping(indicator -> texts.of(indicator, locale), Collectors.toList())));
		model.addAttribute("sources", bySource);
		return "reports/definitions";
	}

}

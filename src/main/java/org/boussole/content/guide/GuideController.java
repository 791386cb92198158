package org.boussole.content.guide;

import java.util.Arrays;
import java.util.List;

import org.boussole.content.guide.GuideViews.Filter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public guide pages: the list, with its filters, and one guide. */
@Controller
class GuideController {

	private final GuideManagement guides;

	GuideController(GuideManagement guides) {
		this.guides = guides;
	}

	@GetMapping("/guides")
	String listGuides(@RequestParam(name = "territoire", required = false) @Nullable String territory,
			@RequestParam(name = "public", required = false) @Nullable String audience,
			@RequestParam(name = "theme", required = false) @Nullable String theme, Model model) {
		// unknown codes in a hand-typed address are ignored rather than refused
		Filter filter = new Filter(code(Territory.class, territory), code(Audience.class, audience),
				code(Theme.class, theme));
		model.addAttribute("filter", filter);
		model.addAttribute("guides", guides.online(filter));
		model.addAttribute("territories", List.of(Territory.values()));
		model.addAttribute("audiences", List.of(Audience.values()));
		model.addAttribute("themes", List.of(Theme.values()));
		return "content/guides";
	}

	@GetMapping("/guides/{slug}")
	String showGuide(@PathVariable String slug, Model model) {
		if (!Guide.SLUG.matcher(slug).matches()) {
			throw notFound();
		}
		model.addAttribute("guide", guides.published(slug).orElseThrow(GuideController::notFound));
		model.addAttribute("preview", false);
		return "content/guide";
	}

	static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}

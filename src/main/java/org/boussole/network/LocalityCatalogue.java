package org.boussole.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds the locality a person means: a postal code (5 digits in France, 4 in Geneva), a
 * commune name typed any way ("st julien en genevois", "ANNEMASSE"), or both
 * ("Saint-Julien-en-Genevois (74160)", as the choice links send).
 */
@Service
class LocalityCatalogue {

	static final int MAX_LENGTH = 80;

	private static final int MAX_CHOICES = 30;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}0-9 '’.()/-]+");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern NAME_THEN_CODE = Pattern.compile("(.*\\D)\\s*\\(?(\\d{4,5})\\)?");

	private static final Pattern CODE_THEN_NAME = Pattern.compile("(\\d{4,5})\\s+(\\D.*)");

	private final Localities localities;

	LocalityCatalogue(Localities localities) {
		this.localities = localities;
	}

	LocalityLookup lookup(@Nullable String query) {
		String text = (query == null) ? "" : query.strip();
		if (text.isEmpty()) {
			return LocalityLookup.error("network.finder.error.empty");
		}
		if (text.length() > MAX_LENGTH) {
			return LocalityLookup.error("network.finder.error.tooLong");
		}
		if (!ALLOWED.matcher(text).matches()) {
			return LocalityLookup.error("network.finder.error.invalid");
		}
		String compact = text.replace(" ", "");
		if (DIGITS.matcher(compact).matches()) {
			return byPostalCode(compact);
		}
		Matcher nameThenCode = NAME_THEN_CODE.matcher(text);
		if (nameThenCode.matches()) {
			return byPostalCodeAndName(nameThenCode.group(2), nameThenCode.group(1));
		}
		Matcher codeThenName = CODE_THEN_NAME.matcher(text);
		if (codeThenName.matches()) {
			return byPostalCodeAndName(codeThenName.group(1), codeThenName.group(2));
		}
		return byName(text);
	}

	/**
	 * @return the locality of a postal code and commune name, as an administrator types
	 * them for a site
	 */
	Optional<Locality> find(Country country, String postalCode, String commune) {
		return localities.byPostalCodeAndName(country, postalCode.strip(), commune);
	}

	private LocalityLookup byPostalCode(String code) {
		Optional<Country> country = Country.ofPostalCode(code);
		if (country.isEmpty()) {
			return LocalityLookup.error("network.finder.error.postalCode");
		}
		List<Locality> found = localities.byPostalCode(country.get(), code);
		if (found.isEmpty()) {
			return LocalityLookup.error("network.finder.error.unknownPostalCode");
		}
		return LocalityLookup.found(found.get(0), found.subList(1, found.size()));
	}

	private LocalityLookup byPostalCodeAndName(String code, String name) {
		Optional<Country> country = Country.ofPostalCode(code);
		if (country.isEmpty()) {
			return LocalityLookup.error("network.finder.error.postalCode");
		}
		return localities.byPostalCodeAndName(country.get(), code, name.replaceAll("[,(]\\s*$", "").strip())
			.map(locality -> LocalityLookup.found(locality, List.of()))
			.orElseGet(() -> LocalityLookup.error("network.finder.error.unknownCommuneForPostalCode"));
	}

	private LocalityLookup byName(String name) {
		String key = SearchKeys.normalise(name);
		if (key.isEmpty()) {
			return LocalityLookup.error("network.finder.error.invalid");
		}
		List<Locality> exact = localities.byKey(key);
		if (!exact.isEmpty() && onePlace(exact)) {
			return LocalityLookup.found(exact.get(0), List.of());
		}
		Map<Long, Locality> candidates = new LinkedHashMap<>();
		exact.forEach(locality -> candidates.put(locality.id(), locality));
		localities.byKeyPrefix(key, MAX_CHOICES).forEach(locality -> candidates.putIfAbsent(locality.id(), locality));
		List<Locality> all = new ArrayList<>(candidates.values());
		if (all.isEmpty()) {
			return LocalityLookup.error("network.finder.error.unknownCommune");
		}
		if (onePlace(all)) {
			return LocalityLookup.found(all.get(0), List.of());
		}
		return LocalityLookup.choose(all.subList(0, Math.min(MAX_CHOICES, all.size())));
	}

	/**
	 * Several postal codes of one town (Genève 1201 to 1209, Annecy) are one place, not a
	 * choice to make.
	 */
	private static boolean onePlace(List<Locality> found) {
		Locality first = found.get(0);
		return found.stream().allMatch(first::samePlaceAs);
	}

}

package org.boussole.reports;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of an indicator, from the message bundles, in one language. */
@Component
class IndicatorTexts {

	/** An indicator as a page or an export names and defines it. */
	record Text(String id, String label, String definition, String unit) {
	}

	private final MessageSource messages;

	IndicatorTexts(MessageSource messages) {
		this.messages = messages;
	}

	Text of(Indicator indicator, Locale locale) {
		return new Text(indicator.id(), label(indicator, locale),
				messages.getMessage(indicator.labelKey() + ".definition", null, locale),
				messages.getMessage(indicator.unit().messageKey(), null, locale));
	}

	String label(Indicator indicator, Locale locale) {
		Object[] arguments = indicator.labelArgument() == null ? null
				: new Object[] { messages.getMessage(indicator.labelArgument(), null, locale) };
		return messages.getMessage(indicator.labelKey(), arguments, locale);
	}

}

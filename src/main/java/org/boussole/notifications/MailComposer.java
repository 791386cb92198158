package org.boussole.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the text of mails from the Thymeleaf TEXT templates under
 * {@code templates/mail/}, with the wording of the message bundles in the mail's
 * language. It has its own template engine, so the engine of the web pages is left as
 * Spring Boot configures it.
 */
@Component
class MailComposer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	MailComposer(MessageSource messages) {
		this.messages = messages;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
	}

	/**
	 * @param template the name of a template under {@code templates/mail/}, without
	 * {@code .txt}
	 * @param subjectKey the message key of the subject
	 * @param variables what the template shows; the subject receives
	 * {@code subjectArguments}
	 * @return the rendered mail, never {@literal null}
	 */
	OutgoingMail compose(String recipient, String language, String template, String subjectKey,
			Object[] subjectArguments, Map<String, ?> variables) {
		Locale locale = MailLanguage.of(language);
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		String text = engine.process(template, context);
		String subject = messages.getMessage(subjectKey, subjectArguments, locale);
		return OutgoingMail.text(recipient, subject, text, locale.toLanguageTag());
	}

}

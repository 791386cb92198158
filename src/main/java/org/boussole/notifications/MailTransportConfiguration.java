package org.boussole.notifications;

import java.time.Clock;

import org.boussole.shared.BoussoleSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * SMTP when {@code spring.mail.host} is set, the local mailbox under the data directory
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

	@Bean
	MailTransport mailTransport(Environment environment, ObjectProvider<JavaMailSender> smtp, BoussoleSettings boussole,
			MailSettings settings, Clock clock) {
		String host = environment.getProperty("spring.mail.host");
		if (StringUtils.hasText(host)) {
			String server = host + ":" + environment.getProperty("spring.mail.port", "25");
			return new SmtpTransport(smtp.getObject(), settings.from(), server, clock);
		}
		return new LocalMailbox(boussole.resolve("mail"), settings.from(), clock);
	}

}

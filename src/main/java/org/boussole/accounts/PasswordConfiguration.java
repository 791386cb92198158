package org.boussole.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web application and by the commands alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/** Argon2id for new hashes; BCrypt hashes (from an older import) still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(argon2, Map.of(argon2,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}

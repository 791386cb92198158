package org.boussole.network;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Refuses "<" and ">" in a text field: a name, an address or opening hours never hold
 * HTML.
 */
@Documented
@Constraint(validatedBy = NoMarkup.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface NoMarkup {

	String message() default "{network.validation.noMarkup}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NoMarkup, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || (value.indexOf('<') < 0 && value.indexOf('>') < 0);
		}

	}

}

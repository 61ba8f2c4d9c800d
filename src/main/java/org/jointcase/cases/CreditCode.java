package org.jointcase.cases;

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
 * A unified social credit code (GB 32100-2015): 18 characters of the code alphabet (digits and upper-case letters
 * without I, O, S, V, Z) whose last character is the check character of the first 17. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CreditCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

	/** Worded in the message bundles, in the language of the request. */
	String message() default "{jointcase.credit-code}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CreditCode, String> {

		private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

		private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || isValidCode(value);
		}

		public static boolean isValidCode(String code) {
			if (code == null || code.length() != 18) {
				return false;
			}
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				int value = ALPHABET.indexOf(code.charAt(i));
				if (value < 0) {
					return false;
				}
				sum += value * WEIGHTS[i];
			}
			int check = (31 - sum % 31) % 31;
			return code.charAt(17) == ALPHABET.charAt(check);
		}
	}
}

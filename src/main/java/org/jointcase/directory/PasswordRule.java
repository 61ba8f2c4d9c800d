package org.jointcase.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jointcase.web.FieldError;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * What a password must be wherever one is set (a new officer, a changed password): at least
 * {@code jointcase.security.passwords.min-length} characters (12), not containing the username (in any case, or
 * reversed), and not one of the common passwords of {@code jointcase.security.passwords.common-list} (compared whole,
 * ignoring case). Checked with Passay; each broken rule is one field error on {@code password} with its rule name
 * ({@code min-length}, {@code not-username}, {@code not-common}, {@code max-bytes}: BCrypt's 72 bytes of UTF-8).
 */
@Component
class PasswordRule {

	static final String MIN_LENGTH = "min-length";
	static final String NOT_USERNAME = "not-username";
	static final String NOT_COMMON = "not-common";
	static final String MAX_BYTES = "max-bytes";
	/** BCrypt reads no further than 72 bytes of UTF-8: a longer password would be cut, so it is refused. */
	static final int BCRYPT_BYTES = 72;

	/** Passay's error codes and the rule names the API answers with. */
	private static final Map<String, String> RULES = Map.of(LengthRule.ERROR_CODE_MIN, MIN_LENGTH,
			UsernameRule.ERROR_CODE, NOT_USERNAME, UsernameRule.ERROR_CODE_REVERSED, NOT_USERNAME,
			DictionaryRule.ERROR_CODE, NOT_COMMON);

	private final PasswordValidator validator;
	private final Settings settings;

	PasswordRule(Settings settings) {
		this.settings = settings;
		this.validator = new PasswordValidator(new LengthRule(settings.minLength(), Integer.MAX_VALUE),
				new UsernameRule(true, true), new DictionaryRule(new WordListDictionary(commonPasswords(settings))));
	}

	/** The broken rules of {@code password} for the officer {@code username}, one per rule; empty when it passes. */
	List<FieldError> check(String field, String username, String password) {
		RuleResult result = validator.validate(new PasswordData(username, password));
		Map<String, FieldError> errors = new LinkedHashMap<>();
		result.getDetails().forEach(detail -> {
			String rule = RULES.getOrDefault(detail.getErrorCode(), detail.getErrorCode().toLowerCase(Locale.ROOT));
			errors.putIfAbsent(rule, new FieldError(field, rule, message(rule)));
		});
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
			errors.put(MAX_BYTES, new FieldError(field, MAX_BYTES, message(MAX_BYTES)));
		}
		return List.copyOf(errors.values());
	}

	private String message(String rule) {
		return switch (rule) {
			case MIN_LENGTH -> "must have at least " + settings.minLength() + " characters";
			case NOT_USERNAME -> "must not contain the username";
			case NOT_COMMON -> "is one of the most common passwords";
			case MAX_BYTES -> "must be at most " + BCRYPT_BYTES + " bytes in UTF-8 (a Chinese character takes three)";
			default -> "is not allowed";
		};
	}

	private static ArrayWordList commonPasswords(Settings settings) {
		Resource list = new DefaultResourceLoader().getResource(settings.commonList());
		List<String> words = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(words::add);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read the common passwords at " + settings.commonList(), unreadable);
		}
		return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
	}

	/**
	 * @param minLength the fewest characters a password has
	 * @param commonList where the list of refused passwords is: a {@code classpath:} or {@code file:} location
	 */
	@ConfigurationProperties("jointcase.security.passwords")
	record Settings(@DefaultValue("12") int minLength,
			@DefaultValue("classpath:passwords/common-passwords.txt") String commonList) {
	}
}

package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule the code can refuse by has a {@code problem.<rule>} text in English and Chinese, so that a problem
 * body answers in the reader's language ({@code web.ProblemAdvice}). The rules are read from the sources: the
 * string literals and constants passed as the rule to the refusal factories ({@code ApiProblem}, {@code FieldError},
 * {@code Refusals.forbidden}, {@code ProblemResponses.byRule} and the policies' own {@code refuse}/{@code Refusal}).
 */
class ProblemTextsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path RESOURCES = Path.of("src/main/resources");

	/** A call that names a rule: the factory's name, then for each argument count the position of the rule. */
	private static final Map<String, Map<Integer, Integer>> FACTORIES = Map.of(
			"invalid", Map.of(3, 1), "conflict", Map.of(3, 1), "byRule", Map.of(3, 1),
			"forbidden", Map.of(7, 5, 5, 3, 2, 0), "refuse", Map.of(5, 3), "refused", Map.of(2, 0),
			"new ApiProblem", Map.of(4, 2), "new FieldError", Map.of(3, 1), "new Refusal", Map.of(4, 2, 2, 0));

	private static final Pattern CALL = Pattern.compile("(new ApiProblem|new FieldError|new Refusal|\\b"
			+ "(?:invalid|conflict|byRule|forbidden|refuse|refused))\\(");

	private static final Pattern CONSTANT = Pattern.compile("static final (?:String|int) (\\w+) = \"?([\\w-]+)\"?;");

	private static final Pattern RULE = Pattern.compile("(?:\\w+\\.)?([A-Z][A-Z0-9_]*)|\"([a-z0-9-]+)\"(?: \\+ "
			+ "(?:\\w+\\.)?([A-Z][A-Z0-9_]*))?");

	@Test
	void everyRuleTheCodeRefusesByHasAnEnglishAndAChineseText() throws IOException {
		Set<String> rules = rules();
		assertThat(rules).as("the scan finds the rules").contains("known-region", "changed-meanwhile",
				"separation-of-duties", "owner-agency", "batch-format");
		Properties english = bundles("");
		Properties chinese = bundles("_zh_CN");
		assertThat(rules.stream().filter(rule -> !english.containsKey("problem." + rule)))
			.as("rules without an English text").isEmpty();
		assertThat(rules.stream().filter(rule -> !chinese.containsKey("problem." + rule)))
			.as("rules without a Chinese text").isEmpty();
	}

	private static Set<String> rules() throws IOException {
		Map<String, String> constants = new HashMap<>();
		List<String> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				sources.add(source);
				Matcher constant = CONSTANT.matcher(source);
				while (constant.find()) {
					constants.putIfAbsent(constant.group(1), constant.group(2));
				}
			}
		}
		Set<String> rules = new TreeSet<>();
		for (String source : sources) {
			Matcher call = CALL.matcher(source);
			while (call.find()) {
				List<String> arguments = arguments(source, call.end());
				Integer position = FACTORIES.get(call.group(1)).get(arguments.size());
				if (position != null) {
					Matcher rule = RULE.matcher(arguments.get(position));
					if (rule.matches()) {
						rules.add(rule.group(2) == null ? constants.getOrDefault(rule.group(1), rule.group(1))
								: rule.group(2) + (rule.group(3) == null ? "" : constants.get(rule.group(3))));
					}
				}
			}
		}
		rules.removeIf(rule -> !rule.matches("[a-z0-9-]+"));
		return rules;
	}

	/** The top-level arguments of the call whose parenthesis opens just before {@code from}. */
	private static List<String> arguments(String source, int from) {
		List<String> arguments = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder argument = new StringBuilder();
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (quoted) {
				quoted = !(c == '"' && source.charAt(i - 1) != '\\');
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
				break;
			}
			else if (c == ',' && depth == 0) {
				arguments.add(argument.toString().strip());
				argument.setLength(0);
				continue;
			}
			argument.append(c);
		}
		if (!argument.toString().isBlank()) {
			arguments.add(argument.toString().strip());
		}
		return arguments;
	}

	/** The texts of all bundles the application reads ({@code spring.messages.basename}) in one language. */
	private static Properties bundles(String suffix) throws IOException {
		Matcher basename = Pattern.compile("basename: (\\S+)")
			.matcher(Files.readString(RESOURCES.resolve("application.yml")));
		assertThat(basename.find()).isTrue();
		Properties texts = new Properties();
		for (String name : basename.group(1).split(",")) {
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name + suffix + ".properties"),
					StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
		}
		return texts;
	}
}

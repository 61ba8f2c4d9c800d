package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's API tour runs as written: {@code src/docs/tour/tour.sh} (curl and jq, HTTP Basic with the demo
 * passwords) against the started application, every step answering the status it expects, and the README shows
 * exactly the script's blocks.
 */
@IntegrationTest
class TourIntegrationTests {

	private static final Path SCRIPT = Path.of("src/docs/tour/tour.sh");
	private static final String TOUR_STARTS = "# ---- The tour (the README shows each block below as it is)\n";
	private static final Pattern STEP = Pattern.compile("(\\d{3}) \\(expected (\\d{3})\\) (\\S+)");

	@LocalServerPort
	int port;

	@Test
	void theTourRunsAsWritten() throws IOException, InterruptedException {
		Process tour = new ProcessBuilder("bash", SCRIPT.toString(), "http://localhost:" + port)
			.redirectErrorStream(true)
			.start();
		boolean ended = tour.waitFor(5, TimeUnit.MINUTES);
		String output = new String(tour.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ended).as(output).isTrue();
		assertThat(tour.exitValue()).as(output).isZero();
		List<String> steps = output.lines().filter(line -> STEP.matcher(line).lookingAt()).toList();
		assertThat(steps).as(output).hasSize(count(tourOf(script()), "expect "));
		for (String step : steps) {
			Matcher matcher = STEP.matcher(step);
			assertThat(matcher.lookingAt()).isTrue();
			assertThat(matcher.group(1)).as(step).isEqualTo(matcher.group(2));
		}
	}

	@Test
	void theReadmeShowsTheScriptsBlocks() throws IOException {
		List<String> blocks = List.of(tourOf(script()).split("# ----\n"));
		String readme = Files.readString(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("## A short tour of the API"),
				readme.indexOf("\n## ", readme.indexOf("## A short tour of the API") + 1));
		List<String> shown = new ArrayList<>();
		Matcher block = Pattern.compile("```sh\n(.*?)```\n", Pattern.DOTALL).matcher(section);
		while (block.find()) {
			shown.add(block.group(1));
		}
		assertThat(shown).containsSubsequence(blocks);
	}

	private static String script() throws IOException {
		return Files.readString(SCRIPT);
	}

	private static String tourOf(String script) {
		assertThat(script).contains(TOUR_STARTS);
		return script.substring(script.indexOf(TOUR_STARTS) + TOUR_STARTS.length());
	}

	private static int count(String text, String word) {
		return text.split("\n" + Pattern.quote(word), -1).length - 1 + (text.startsWith(word) ? 1 : 0);
	}
}

package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.tasks.NoticeFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One language at a time: every page type, rendered in Simplified Chinese for officers who typed Chinese data, shows
 * no English word but proper names and codes of the short allow-list below, and has no serious or critical axe-core
 * violation; and the API answers a refusal in Chinese when asked with {@code Accept-Language: zh-CN}.
 */
@IntegrationTest
class PageLanguageBrowserIntegrationTests {

	static final String CREDIT_CODE = "91340200MA8P56780L";

	/**
	 * What may stay Latin on a Chinese page, reviewed: the product's name, the language switch's "English", the
	 * diagram library's watermark, the name of the hash, and codes that are data — usernames, agency codes and case
	 * references, credit codes, hashes and ids, department codes, the file type officers uploaded.
	 */
	static final List<Pattern> ALLOWED = List.of(Pattern.compile("Powered by bpmn\\.io"),
			Pattern.compile("\\bJointcase\\b"), Pattern.compile("\\bEnglish\\b"),
			Pattern.compile("\\b[a-z0-9]+(?:[.-][a-z0-9]+)*\\.[a-z0-9-]+\\b"),
			Pattern.compile("\\b\\d{2,6}-[A-Z]{2,3}(?:-\\d{4}-\\d{5})?\\b"),
			Pattern.compile("\\b[0-9A-Z]{18}\\b"), Pattern.compile("\\b[0-9a-f-]{16,}\\b"),
			Pattern.compile("\\btext/plain\\b"), Pattern.compile("\\bSHA-256\\b"),
			Pattern.compile("\\.txt\\b"), Pattern.compile("\\bBPMN\\b"),
			Pattern.compile("\\b(?:MR|PS|COM|CT|HE|CAC|TR)\\b"));

	static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

	/**
	 * The texts a reader meets: visible text, the title, labels of controls, options and the diagram's labels; not
	 * what the page marks as data: {@code translate="no"} (names of officers, case titles, whatever language officers
	 * typed them in — other tests' cases appear in lists) or English by {@code lang} (an agency's English name).
	 */
	static final String TEXTS = """
			const data = [...document.querySelectorAll('[translate=no], body [lang|=en]')];
			data.forEach(e => e.hidden = true);
			const texts = [document.title, document.body.innerText];
			data.forEach(e => e.hidden = false);
			document.querySelectorAll('[placeholder],[aria-label],[title],[alt]').forEach(e => ['placeholder',
			    'aria-label', 'title', 'alt'].forEach(a => e.hasAttribute(a) && texts.push(e.getAttribute(a))));
			document.querySelectorAll('option, svg text, input[type=submit], input[type=button]')
			    .forEach(e => texts.push(e.textContent || e.value));
			return texts.join('\\n');""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	PageDriver browser;

	final Map<String, Set<String>> english = new LinkedHashMap<>();

	final Map<String, List<String>> inaccessible = new LinkedHashMap<>();

	@BeforeEach
	void openBrowser() {
		browser = PageDriver.open(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
		// Also when a step failed before the assertion: the English found so far.
		english.forEach((page, words) -> System.out.println("English on " + page + ": " + words));
		inaccessible.forEach((page, found) -> System.out.println("Inaccessible " + page + ": " + found));
	}

	@Test
	void everyPageSpeaksChineseOnly() throws IOException {
		createCase("wuhu.inspector", "芜湖预付卡投诉", "340202");
		UUID caseId = createCase("hefei.inspector", "健身房预付卡停业", "340104");
		UUID askedCase = createCase("hefei.inspector", "异地登记的经营者", "340104");
		ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId + "/notes", Map.of("text", "已电话联系消费者"));
		ApiClient.as(port, "hefei.supervisor").post("/api/cases/" + caseId + "/shares", Map.of("agencyCode",
				"3401-PS", "scope", "FULL_RECORD_WITH_DOCUMENTS", "reason", "涉嫌诈骗，请公安了解"));
		NoticeFixtures.reminder(jdbc, "3401-MR", "supervisor");

		browser.go("/login?lang=zh-CN");
		check("login");
		browser.field("username").sendKeys("hefei.inspector");
		browser.field("password").sendKeys("wrong-password");
		browser.click("main form button[type=submit]");
		check("login?error");
		browser.signIn("hefei.inspector");

		browser.go("/cases/" + caseId);
		Path receipt = Files.createTempFile("收据", ".txt");
		Files.writeString(receipt, "收据 7731", StandardCharsets.UTF_8);
		browser.webDriver().findElement(By.cssSelector("input[type=file]")).sendKeys(receipt.toString());
		submit("form[action$='/documents'] button[type=submit]");
		check("case with a document uploaded");
		visit("/inbox", "/cases", "/cases/new", "/cases/" + caseId + "/edit", "/cases/" + caseId + "/transfers/new",
				"/cases/" + askedCase + "/assistance-requests/new", "/me/password", "/no/such/page");
		browser.go("/cases/new");
		submit("main form button[type=submit]");
		check("case form refused");

		UUID documentId = UUID.fromString(ApiClient.as(port, "hefei.inspector")
			.get("/api/cases/" + caseId + "/documents").json().path(0).path("id").asText());
		ApiClient.Response proposed = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "经营者登记在芜湖", "documentIds", List.of(documentId)));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		String transfer = proposed.json().path("id").asText();
		ApiClient.Response asked = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + askedCase
				+ "/assistance-requests", Map.of("items", List.of(Map.of("question", "该经营者是否在贵局登记？",
						"business", Map.of("name", "九江卡业有限公司", "creditCode", CREDIT_CODE))),
						"addressees", List.of("3402-MR")));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		visit("/transfers/" + transfer, "/assistance-requests/" + asked.json().path("id").asText());

		browser.signOut().signIn("hefei.supervisor");
		String approval = taskId("hefei.supervisor", caseId);
		visit("/inbox", "/notices", "/tasks/" + approval + "/record", "/tasks/" + approval);
		submit("form[data-action=send-back] button[type=submit]");
		check("task form refused");

		act("hefei.supervisor", caseId, "approve", Map.of());
		browser.signOut().signIn("wuhu.supervisor");
		String acceptance = taskId("wuhu.supervisor", caseId);
		visit("/tasks/" + acceptance, "/cases/" + caseId);
		act("wuhu.supervisor", caseId, "accept", Map.of());
		visit("/transfers/" + transfer, "/cases/" + caseId);

		browser.signOut().signIn("hefei.coordinator");
		ApiClient.Response convened = ApiClient.as(port, "hefei.coordinator").post("/api/reviews", Map.of("title",
				"预付卡集中投诉会商", "agenda", "是否涉嫌诈骗？", "caseIds", List.of(askedCase), "participants",
				List.of("3401-MR", "3401-PS"), "meetingAt",
				LocalDate.now(WorkingCalendar.ZONE).plusDays(30) + "T10:00:00+08:00"));
		assertThat(convened.status()).as(convened.toString()).isEqualTo(201);
		visit("/reviews/" + convened.json().path("id").asText(), "/reviews/new", "/overview",
				"/overview?agency=3401-MR");

		browser.signOut().signIn("admin");
		visit("/admin/agencies", "/admin/agencies/3401-MR", "/admin/calendar", "/admin/calendar/2026");

		assertThat(english).as("English words on Chinese pages, by page").isEmpty();
		assertThat(inaccessible).as("serious or critical axe-core violations, by page").isEmpty();
	}

	@Test
	void theApiExplainsARefusalInChineseWhenAskedInChinese() {
		ApiClient.Response refused = ApiClient.as(port, "hefei.inspector").header("Accept-Language", "zh-CN")
			.post("/api/cases", Map.of("summary", "", "category", "PREPAID_CARD", "regionCode", "340104"));
		assertThat(refused.status()).isEqualTo(400);
		JsonNode problem = refused.json();
		assertThat(problem.path("title").asText() + problem.path("detail").asText()
				+ problem.path("errors").findValuesAsText("message")).as(problem.toString())
			.doesNotContainPattern(WORD.pattern()).containsPattern("\\p{IsHan}");

		ApiClient.Response english = ApiClient.as(port, "hefei.inspector").header("Accept-Language", "en")
			.post("/api/cases", Map.of("summary", "", "category", "PREPAID_CARD", "regionCode", "340104"));
		assertThat(english.json().path("detail").asText()).doesNotContainPattern("\\p{IsHan}").isNotBlank();
	}

	/**
	 * Refusals the services word in English answer Chinese to a Chinese reader, English otherwise: another agency's
	 * case (404), an Idempotency-Key reused with another body (422), an unknown region (400 naming the field).
	 */
	@Test
	void realRefusalsAnswerInTheReadersLanguage() {
		String key = "language-" + UUID.randomUUID();
		ApiClient.Response created = ApiClient.as(port, "hefei.inspector").header("Idempotency-Key", key)
			.post("/api/cases", caseBody("他机关的案件", "340104"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseId = created.json().path("id").asText();
		for (String language : List.of("zh-CN", "en")) {
			List<ApiClient.Response> refusals = List.of(
					ApiClient.as(port, "wuhu.inspector").header("Accept-Language", language)
						.get("/api/cases/" + caseId),
					ApiClient.as(port, "hefei.inspector").header("Accept-Language", language)
						.header("Idempotency-Key", key).post("/api/cases", caseBody("同一键的另一案件", "340104")),
					ApiClient.as(port, "hefei.inspector").header("Accept-Language", language)
						.post("/api/cases", caseBody("未知地区的案件", "999999")));
			assertThat(refusals).extracting(ApiClient.Response::status).containsExactly(404, 422, 400);
			for (ApiClient.Response refused : refusals) {
				JsonNode problem = refused.json();
				String words = problem.path("title").asText() + problem.path("detail").asText()
						+ problem.path("errors").findValuesAsText("message");
				if (language.equals("en")) {
					assertThat(words).as(problem.toString()).doesNotContainPattern("\\p{IsHan}")
						.containsPattern(WORD.pattern());
				}
				else {
					assertThat(words).as(problem.toString()).doesNotContainPattern(WORD.pattern())
						.containsPattern("\\p{IsHan}");
				}
			}
			assertThat(refusals.get(2).json().path("errors").get(0).path("field").asText()).isEqualTo("regionCode");
		}
	}

	private void visit(String... paths) {
		for (String path : paths) {
			browser.go(path);
			if (path.contains("/transfers/") || path.contains("/record") || path.contains("/reviews/")
					|| path.contains("/assistance-requests/")) {
				if (!browser.all("#diagram").isEmpty()) {
					browser.waitFor("#diagram[data-ready=true]");
				}
			}
			check(path);
		}
	}

	private void submit(String button) {
		browser.click(button);
	}

	/**
	 * Records the English words of the page now shown, under {@code page}, and its serious and critical accessibility
	 * violations (axe-core): every page type passes through here.
	 */
	private void check(String page) {
		List<String> violations = browser.accessibilityViolations();
		if (!violations.isEmpty()) {
			inaccessible.put(page, violations);
		}
		String text = (String) browser.script(TEXTS);
		for (Pattern allowed : ALLOWED) {
			text = allowed.matcher(text).replaceAll(" ");
		}
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			// Each word with the text around it, so that a failure says where on the page it stands.
			String around = text.substring(Math.max(0, words.start() - 30), Math.min(text.length(), words.end() + 30))
				.replaceAll("\\s+", " ");
			english.computeIfAbsent(page, p -> new TreeSet<>()).add(words.group() + " «" + around + "»");
		}
	}

	private UUID createCase(String officer, String title, String region) {
		ApiClient.Response created = ApiClient.as(port, officer).post("/api/cases", caseBody(title, region));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private static Map<String, Object> caseBody(String title, String region) {
		return Map.of("title", title, "summary", "消费者购买年卡后门店关闭", "category", "PREPAID_CARD",
				"regionCode", region, "parties", List.of(Map.of("kind", "BUSINESS", "name", "九江卡业有限公司",
						"creditCode", CREDIT_CODE, "regionCode", region), Map.of("kind", "PERSON", "name", "张三")),
				"informant", Map.of("name", "王小明", "contact", "13912345678", "channel", "HOTLINE"));
	}

	private void act(String officer, UUID caseId, String action, Map<String, Object> body) {
		ApiClient.Response done = ApiClient.as(port, officer).post("/api/tasks/" + taskId(officer, caseId)
				+ "/actions/" + action, body);
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private String taskId(String officer, UUID caseId) {
		JsonNode tasks = ApiClient.as(port, officer).get("/api/tasks?caseId=" + caseId).json().path("items");
		assertThat(tasks).as(officer + "'s tasks").hasSize(1);
		return tasks.get(0).path("id").asText();
	}
}

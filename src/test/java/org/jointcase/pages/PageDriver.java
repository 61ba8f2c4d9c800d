package org.jointcase.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the pages in headless Chromium the way an officer would: by labels, links and buttons. One driver is one
 * browser with its own profile, cookies and download folder; close it after the test.
 */
final class PageDriver implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final String INSTALL = "The browser tests drive headless Chromium: install it with "
			+ "'apt-get install -y chromium chromium-driver' (" + CHROMIUM + ", " + CHROMEDRIVER + ")";

	private final String baseUrl;
	private final Path profile;
	private final Path downloads;
	private final ChromeDriver driver;

	private PageDriver(int port) throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(INSTALL);
		}
		this.baseUrl = "http://localhost:" + port;
		this.profile = Files.createTempDirectory("jointcase-chromium-profile");
		this.downloads = Files.createTempDirectory("jointcase-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
		// The browser asks for English pages first, as an English-speaking officer's would.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
				"download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	static PageDriver open(int port) {
		try {
			return new PageDriver(port);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	PageDriver go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** Signs in through the sign-in page as a demo officer (password {@code jointcase}). */
	PageDriver signIn(String username) {
		go("/login");
		fill("username", username).fill("password", "jointcase");
		return clickAndLoad(driver.findElement(By.cssSelector("main form button[type=submit]")));
	}

	PageDriver signOut() {
		return clickAndLoad(driver.findElement(By.cssSelector("header form[action$='/logout'] button")));
	}

	/** The input, select or text area whose label reads {@code label}, or whose id is {@code label}. */
	WebElement field(String label) {
		List<WebElement> labels = driver.findElements(By.xpath(
				"//label[normalize-space(.)=" + literal(label) + " or normalize-space(span[1])=" + literal(label) + "]"));
		String id = labels.isEmpty() ? label : labels.get(0).getAttribute("for");
		return driver.findElement(By.id(id));
	}

	PageDriver fill(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/**
	 * Sets the value of a date or time input as the browser's own picker would: typing into one depends on the
	 * locale's order of day, month and time.
	 */
	PageDriver set(String label, String value) {
		driver.executeScript("arguments[0].value = arguments[1]", field(label), value);
		return this;
	}

	PageDriver choose(String label, String optionValue) {
		new org.openqa.selenium.support.ui.Select(field(label)).selectByValue(optionValue);
		return this;
	}

	PageDriver attach(String label, Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Clicks the button with this text and waits for the page it leads to. */
	PageDriver press(String text) {
		return clickAndLoad(driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "]")));
	}

	/** Clicks the first element {@code css} selects and waits for the page it leads to, whatever the page's language. */
	PageDriver click(String css) {
		return clickAndLoad(driver.findElement(By.cssSelector(css)));
	}

	/** Clicks the link with this text and waits for the page it leads to. */
	PageDriver follow(String text) {
		return clickAndLoad(driver.findElement(By.linkText(text)));
	}

	/** Clicks the link of a download, which leaves the page where it is; see {@link #downloaded}. */
	PageDriver download(String text) {
		driver.findElement(By.linkText(text)).click();
		return this;
	}

	/** Clicks and waits until the current page is gone, so that nothing is read from it by mistake. */
	private PageDriver clickAndLoad(WebElement target) {
		WebElement page = driver.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
		return this;
	}

	/**
	 * Whether the element's document has been replaced. Chromium answers a look at an element of a replaced document
	 * either as stale or, while the new document loads, as "node does not belong to the document": both mean gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException replaced) {
			return true;
		}
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** The error shown beside a field: the element its {@code aria-describedby} names. */
	String errorBeside(String label) {
		WebElement field = field(label);
		return driver.findElement(By.id(field.getAttribute("aria-describedby"))).getText();
	}

	String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Waits until the browser has put a file named {@code name} completely into the download folder. */
	Path downloaded(String name) {
		Path file = downloads.resolve(name);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.exists(file)
				&& !Files.exists(downloads.resolve(name + ".crdownload")));
		return file;
	}

	PageDriver waitFor(String css) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
		return this;
	}

	/**
	 * Saves what the browser shows as a PNG named {@code name} in the folder the system property
	 * {@code jointcase.screenshots} names ({@code target/screenshots} unless given; the README's pictures are refreshed
	 * with {@code -Djointcase.screenshots=src/docs/screenshots}). Answers the file.
	 */
	Path screenshot(String name) {
		Path target = Path.of(System.getProperty("jointcase.screenshots", "target/screenshots")).resolve(name);
		try {
			Files.createDirectories(target.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The browser window at {@code width} × {@code height} CSS pixels: 390 × 844 is a phone, 1280 × 1000 a desktop. */
	PageDriver window(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		return this;
	}

	/**
	 * The page as the browser shows it zoomed to {@code percent} in a window {@code width} × {@code height} device
	 * pixels wide: the layout gets {@code width × 100 / percent} CSS pixels, as real zoom gives it (media queries
	 * included); {@code 100} undoes it.
	 */
	PageDriver zoom(int width, int height, int percent) {
		if (percent == 100) {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		else {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width * 100 / percent,
					"height", height * 100 / percent, "deviceScaleFactor", percent / 100.0, "mobile", false));
		}
		return this;
	}

	/** Whether the page is wider than the window, so that the officer would have to scroll sideways. */
	boolean scrollsSideways() {
		return (Boolean) driver.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
	}

	/** What sticks out of the window when {@link #scrollsSideways()}: the innermost such elements, for a message. */
	String sideways() {
		return String.valueOf(driver.executeScript("""
				const width = document.documentElement.clientWidth + 1;
				const out = e => e.getBoundingClientRect().right > width;
				return [...document.querySelectorAll('body *')].filter(e => out(e) && ![...e.children].some(out))
				    .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
				        + ' to ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ');"""));
	}

	/**
	 * The serious and critical accessibility violations axe-core finds on the page now, each as its rule id with the
	 * first offending element; axe-core 4.14.1 from the npm registry, vendored in the test resources ({@code axe/}).
	 */
	List<String> accessibilityViolations() {
		driver.executeScript(AXE);
		Object found = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' ' + v.impact + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));""");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) found;
		return violations;
	}

	private static final String AXE = axe();

	private static String axe() {
		try (var in = PageDriver.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	/** Runs {@code script} in the page and answers what it returns. */
	Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	WebDriver webDriver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		delete(profile.toFile());
		delete(downloads.toFile());
	}

	private static void delete(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				delete(child);
			}
		}
		file.delete();
	}

	/** An XPath string literal of any text. */
	private static String literal(String text) {
		return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
	}
}

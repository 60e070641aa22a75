package id.kinerja.web;

import id.kinerja.BrowserPages;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import id.kinerja.HeadlessChromium;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sign-in, languages, sign-out and the phone layout, driven through a real headless
 * Chromium. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian
 * packages {@code chromium} and {@code chromium-driver}); without them the tests are
 * skipped, or fail when {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class SignInBrowserTests {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final String PASSWORD = "kinerja-demo";

	private static final String ADMIN = "admin";

	private static final String ADMIN_NAME = "Admin BKPSDM Kota Contoh";

	private static final String EMPLOYEE = "198001052005011003";

	private static final String EMPLOYEE_NAME = "Bambang Hermawan, S.T., M.M.";

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static @Nullable String missing;

	private static final int WAIT_SECONDS = 10;

	private static HeadlessChromium chromium;

	private static WebDriver driver;

	private static WebDriverWait wait;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		missing = HeadlessChromium.unavailable();
		if (missing != null) {
			return;
		}
		chromium = HeadlessChromium.start();
		driver = chromium.driver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(WAIT_SECONDS));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		try {
			if (chromium != null) {
				chromium.close();
			}
		}
		finally {
			chromium = null;
			driver = null;
		}
	}

	@BeforeEach
	void prepareBrowser() {
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
		driver.manage().window().setSize(DESKTOP);
	}

	@AfterEach
	void forgetSession() {
		if (driver == null) {
			return;
		}
		// Cookies belong to the app's origin: delete them while a page of it is open.
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
	}

	@Test
	void signsInInIndonesian(TestInfo test) {
		driver.get(url("/login"));
		waitFor(By.id("sign-in"));
		assertThat(htmlLang()).isEqualTo("id");
		assertThat(text(By.id("sign-in"))).isEqualTo("Masuk");
		assertThat(text(By.cssSelector("label[for=username]"))).isEqualTo("NIP atau nama pengguna");
		assertThat(text(By.cssSelector("label[for=password]"))).isEqualTo("Kata sandi");

		signIn(EMPLOYEE, PASSWORD);

		waitForPath("/");
		assertThat(waitFor(By.id("welcome")).getText()).isEqualTo("Selamat datang, " + EMPLOYEE_NAME);
		assertThat(text(By.id("signed-in-as"))).isEqualTo("Masuk sebagai " + EMPLOYEE_NAME);
		assertThat(htmlLang()).isEqualTo("id");
		assertThat(driver.findElements(By.id("nav-audit"))).as("an employee has no audit link").isEmpty();
		screenshot(test);
	}

	@Test
	void switchesToEnglishAndRemembersIt(TestInfo test) {
		driver.get(url("/login"));
		waitFor(By.id("lang-en")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(text(By.id("sign-in"))).isEqualTo("Sign in");
		assertThat(text(By.cssSelector("label[for=username]"))).isEqualTo("NIP or user name");
		assertThat(driver.manage().getCookieNamed("kinerja-lang")).isNotNull();

		signIn(EMPLOYEE, PASSWORD);

		waitForPath("/");
		assertThat(waitFor(By.id("welcome")).getText()).isEqualTo("Welcome, " + EMPLOYEE_NAME);
		assertThat(text(By.id("signed-in-as"))).isEqualTo("Signed in as " + EMPLOYEE_NAME);
		assertThat(htmlLang()).isEqualTo("en");

		driver.findElement(By.id("lang-id")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "id"));
		assertThat(text(By.id("welcome"))).isEqualTo("Selamat datang, " + EMPLOYEE_NAME);
		assertThat(text(By.id("signed-in-as"))).isEqualTo("Masuk sebagai " + EMPLOYEE_NAME);
		assertThat(text(By.id("sign-out"))).isEqualTo("Keluar");
		screenshot(test);
	}

	@Test
	void showsClearMessageForWrongPassword(TestInfo test) {
		driver.get(url("/login"));
		waitFor(By.id("sign-in"));

		signIn(EMPLOYEE, "not-the-password");

		WebElement error = waitFor(By.id("sign-in-error"));
		assertThat(path()).isEqualTo("/login");
		assertThat(error.getText()).startsWith("NIP/nama pengguna atau kata sandi salah.");
		assertThat(driver.findElement(By.id("password")).getDomProperty("value")).isEmpty();
		String page = text(By.tagName("body"));
		assertThat(page).doesNotContain("Exception", "at org.", "at java.", "Whitelabel", "Trace");
		screenshot(test);
	}

	@Test
	void signsOut(TestInfo test) {
		driver.get(url("/login"));
		signIn(ADMIN, PASSWORD);
		waitForPath("/");
		assertThat(waitFor(By.id("welcome")).getText()).isEqualTo("Selamat datang, " + ADMIN_NAME);

		waitFor(By.id("nav-admin")).click();
		waitFor(By.id("nav-audit")).click();
		waitForPath("/audit");
		assertThat(text(By.tagName("h1"))).isEqualTo("Jejak Audit");
		assertThat(waitFor(By.id("audit-table")).isDisplayed()).isTrue();

		WebElement signOut = driver.findElement(By.id("sign-out"));
		assertThat(signOut.isDisplayed()).as("sign-out button visible at desktop width").isTrue();
		signOut.click();
		WebElement signedOut = waitFor(By.id("signed-out"));
		assertThat(path()).isEqualTo("/login");
		assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("logout");
		assertThat(signedOut.getText()).isEqualTo("Anda telah keluar.");
		screenshot(test);

		driver.get(url("/"));
		waitForPath("/login");
		assertThat(waitFor(By.id("sign-in")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.id("welcome"))).isEmpty();
	}

	@Test
	void fitsAPhoneScreen(TestInfo test) {
		driver.manage().window().setSize(new Dimension(360, 740));
		driver.get(url("/login"));
		waitFor(By.id("sign-in"));
		assertThat(innerWidth()).as("viewport width on a phone").isLessThanOrEqualTo(360);
		BrowserPages.assertNoHorizontalScroll(driver, "/login");

		signIn(ADMIN, PASSWORD);
		waitForPath("/");
		waitFor(By.id("welcome"));
		assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed())
			.as("navbar collapses behind the toggler")
			.isTrue();
		BrowserPages.assertNoHorizontalScroll(driver, "/");
		screenshot(test.getTestMethod().get().getName() + "-home");

		driver.get(url("/audit"));
		WebElement table = waitFor(By.id("audit-table"));
		BrowserPages.assertNoHorizontalScroll(driver, "/audit");
		((JavascriptExecutor) driver).executeScript(
				"document.querySelectorAll('#audit-table details').forEach(function (d) { d.open = true; })");
		BrowserPages.assertNoHorizontalScroll(driver, "/audit with every change opened");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({ behavior: 'instant' })", table);
		screenshot(test.getTestMethod().get().getName() + "-audit");
	}

	private void signIn(String username, String password) {
		WebElement user = waitFor(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		WebElement button = driver.findElement(By.id("sign-in"));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private long innerWidth() {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	private void waitForPath(String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.withMessage(() -> "expected path " + path + " but the browser is at " + driver.getCurrentUrl())
			.until((d) -> path.equals(path()));
	}

	private static WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static String text(By locator) {
		return driver.findElement(locator).getText();
	}

	private static String htmlLang() {
		return driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	private static void screenshot(TestInfo test) {
		screenshot(test.getTestMethod().get().getName());
	}

	private static void screenshot(String name) {
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
		finally {
			shot.delete();
		}
	}

}

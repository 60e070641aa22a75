package id.kinerja.employee.web;

import id.kinerja.BrowserPages;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.employee.StructureFixture;
import id.kinerja.shared.Nip;

import id.kinerja.HeadlessChromium;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The organisation screens in a real headless Chromium: an admin registers an employee
 * through the form (the live NIP check answers a bad number at once, the ranks follow the
 * ASN type), then finds them with the live search; the unit tree, a unit, a profile and
 * the organisation chart fit a phone. Screenshots go to {@code target/screenshots}. Needs
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; without them the tests are
 * skipped, or fail when {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class StructureBrowserTests {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static final int WAIT_SECONDS = 10;

	private static HeadlessChromium chromium;

	private static WebDriver driver;

	private static WebDriverWait wait;

	private static StructureFixture fixture;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

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
			fixture = null;
		}
	}

	@BeforeEach
	void prepare() {
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
		if (fixture == null) {
			fixture = StructureFixture.build(this.context);
		}
		driver.manage().window().setSize(DESKTOP);
		driver.get(url("/login"));
		signIn("admin", "kinerja-demo");
		waitForPath("/");
	}

	@AfterEach
	void forgetSession() {
		if (driver == null) {
			return;
		}
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
	}

	@Test
	void registersAnEmployeeWithTheLiveNipCheckAndFindsThem() {
		driver.get(url("/employees/new?unit=" + fixture.bidangKosong.getCode()));
		WebElement nip = waitFor(By.id("nip"));
		nip.sendKeys("198513322010011");
		// The check is swapped in as the person types: read its text fresh until it
		// settles.
		String check = wait.ignoring(StaleElementReferenceException.class)
			.until((browser) -> browser.findElements(By.cssSelector("#nip-check .nip-invalid"))
				.stream()
				.map(WebElement::getText)
				.filter((text) -> text.contains("18 angka"))
				.findFirst()
				.orElse(null));
		assertThat(check).contains("NIP tidak valid.");
		screenshot("register-bad-nip");

		nip.clear();
		String good = StructureFixture.nextNip();
		nip.sendKeys(good);
		String valid = wait.ignoring(StaleElementReferenceException.class)
			.until((browser) -> browser.findElements(By.cssSelector("#nip-check .nip-valid"))
				.stream()
				.map(WebElement::getText)
				.filter((text) -> text.contains("PNS"))
				.findFirst()
				.orElse(null));
		assertThat(valid).contains("NIP valid.").contains("Laki-laki");

		driver.findElement(By.id("name")).sendKeys("Hendra Gunawan");
		driver.findElement(By.id("backTitle")).sendKeys("S.T.");
		driver.findElement(By.cssSelector("label[for=sex-l]")).click();
		setDate("birthDate", Nip.check(good).nip().birthDate());
		new Select(driver.findElement(By.id("asnType"))).selectByValue("PPPK");
		wait.until((d) -> optionTexts("golongan").contains("XVII"));
		assertThat(optionTexts("golongan")).doesNotContain("III/a · Penata Muda");
		new Select(driver.findElement(By.id("asnType"))).selectByValue("PNS");
		wait.until((d) -> optionTexts("golongan").contains("III/b · Penata Muda Tingkat I"));
		new Select(driver.findElement(By.id("golongan"))).selectByValue("III/b");
		driver.findElement(By.id("email")).sendKeys("hendra@contoh.go.id");
		new Select(driver.findElement(By.id("positionId")))
			.selectByValue(String.valueOf(fixture.vacantStaffPost.getId()));
		screenshot("register-filled");
		click(driver.findElement(By.id("submit")));

		waitForPath("/employees/" + good);
		assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Hendra Gunawan, S.T. telah didaftarkan.");
		assertThat(driver.findElement(By.id("employee-post")).getText()).contains("Penata Laporan").contains("III/b");
		screenshot("registered-profile");

		driver.get(url("/employees"));
		waitFor(By.id("q")).sendKeys("gunawan");
		By found = By.xpath("//table[@id='result-table']//a[normalize-space()='Hendra Gunawan, S.T.']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(found));
		wait.until(ExpectedConditions.urlContains("q=gunawan"));
		screenshot("search-found");
		driver.manage().window().setSize(PHONE);
		BrowserPages.assertNoHorizontalScroll(driver, "/employees?q=gunawan");
		screenshot("search-found-phone");
		click(waitFor(found));
		waitForPath("/employees/" + good);
	}

	@Test
	void showsTheOrganisationOnAPhone() {
		driver.manage().window().setSize(PHONE);
		driver.get(url("/units?q=" + fixture.code));
		waitFor(By.id("unit-tree"));
		BrowserPages.assertNoHorizontalScroll(driver, "/units");
		screenshot("units-phone");

		driver.get(url("/units/" + fixture.bidangKosong.getCode()));
		assertThat(waitFor(By.cssSelector(".vacant-head")).getText()).contains("Lowong, belum ada Plt./Plh.");
		BrowserPages.assertNoHorizontalScroll(driver, "/units/{code}");
		screenshot("unit-vacant-head-phone");

		driver.get(url("/units/" + fixture.seksi.getCode() + "/close"));
		click(waitFor(By.id("submit")));
		assertThat(waitFor(By.id("form-errors")).getText()).contains("Tanggal penutupan wajib diisi.");
		assertThat(driver.findElement(By.id("reason-error")).getText()).isEqualTo("Alasan wajib diisi.");
		BrowserPages.assertNoHorizontalScroll(driver, "/units/{code}/close with errors");
		screenshot("unit-close-errors-phone");

		driver.get(url("/employees/" + fixture.staff1.getNip()));
		waitFor(By.id("history-table"));
		BrowserPages.assertNoHorizontalScroll(driver, "/employees/{nip}");
		screenshot("profile-phone");

		driver.get(url("/org?nip=" + fixture.kasi.getNip()));
		waitFor(By.id("org-person"));
		BrowserPages.assertNoHorizontalScroll(driver, "/org");
		screenshot("org-phone");
		click(driver.findElement(By.cssSelector("#org-subordinates a[data-nip='" + fixture.staff1.getNip() + "']")));
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("org-person"), fixture.staff1.getFullName()));
		wait.until(ExpectedConditions.urlContains("nip=" + fixture.staff1.getNip()));
		assertThat(driver.findElement(By.id("org-supervisor")).getText()).contains(fixture.kasi.getFullName());
	}

	@Test
	void showsTheDesktopPagesAndAFriendlyRefusal() {
		driver.get(url("/units"));
		waitFor(By.id("unit-tree"));
		screenshot("units-desktop");
		driver.get(url("/units/" + fixture.code));
		waitFor(By.id("unit-head"));
		screenshot("unit-desktop");
		driver.get(url("/org?nip=" + fixture.kabid.getNip()));
		waitFor(By.id("org-person"));
		screenshot("org-desktop");
		driver.get(url("/units/TIDAK-ADA-" + fixture.code));
		assertThat(waitFor(By.id("error-detail")).getText())
			.isEqualTo("Unit TIDAK-ADA-" + fixture.code + " tidak ditemukan di instansi ini.");
	}

	private void signIn(String username, String password) {
		WebElement user = waitFor(By.id("username"));
		user.clear();
		user.sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		WebElement button = driver.findElement(By.id("sign-in"));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private static void setDate(String id, LocalDate date) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
				date.toString());
	}

	/** Read the options in one go: htmx may swap them between two reads. */
	@SuppressWarnings("unchecked")
	private static List<String> optionTexts(String selectId) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return Array.from(document.getElementById(arguments[0]).options).map(function (o) { return o.text.trim(); })",
				selectId);
	}

	/**
	 * Bring the element to the middle of the screen first: on a phone it may be below the
	 * fold.
	 */
	private static void click(WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
		element.click();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void waitForPath(String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.withMessage(() -> "expected path " + path + " but the browser is at " + driver.getCurrentUrl())
			.until((d) -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
	}

	private static WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static void screenshot(String name) {
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve("structure-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
		finally {
			shot.delete();
		}
	}

}

package id.kinerja.employee.web;

import id.kinerja.BrowserPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import id.kinerja.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The import page in a real headless Chromium at phone width: upload with htmx, the
 * progress polling, the result and the error table. Skipped without Debian's chromium and
 * chromium-driver (fails instead when {@code CI=true}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class ImportPageBrowserTests {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static HeadlessChromium chromium;

	private static WebDriver driver;

	private static WebDriverWait wait;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		String missing = HeadlessChromium.unavailable();
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
		chromium = HeadlessChromium.start();
		driver = chromium.driver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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

	@Test
	void uploadsAndShowsTheResultOrEveryErrorOnAPhone() throws IOException {
		driver.manage().window().setSize(new Dimension(360, 740));
		driver.get(url("/login"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("kinerja-demo");
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
		driver.get(url("/imports"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-form")));
		BrowserPages.assertNoHorizontalScroll(driver, "/imports");

		upload("kode_unit,nama_unit,kode_induk,singkatan\nBROWSER,Unit dari Peramban,,UP\n");
		String applied = wait.ignoring(StaleElementReferenceException.class).until((browser) -> {
			WebElement region = browser.findElement(By.id("import-applied"));
			return region.isDisplayed() ? region.getText() : null;
		});
		assertThat(applied).contains("Impor berhasil diterapkan", "1 baris dibaca: 1 baru, 0 diperbarui");
		assertThat(driver.getCurrentUrl()).endsWith("/imports");
		BrowserPages.assertNoHorizontalScroll(driver, "/imports after an import");
		screenshot("import-applied");

		upload("kode_unit,nama_unit,kode_induk,singkatan\nSALAH KODE,Unit,,\n,Tanpa Kode,,\nX1,Induk Hilang,NOPE,\n");
		String rejected = wait.ignoring(StaleElementReferenceException.class).until((browser) -> {
			WebElement region = browser.findElement(By.id("import-rejected"));
			return region.isDisplayed() ? region.getText() : null;
		});
		assertThat(rejected).contains("Impor tidak diterapkan", "Kode unit wajib diisi.",
				"Unit induk NOPE tidak ada di instansi ini maupun di berkas ini.");
		assertThat(driver.findElements(By.cssSelector("#import-errors tbody tr"))).hasSize(3);
		BrowserPages.assertNoHorizontalScroll(driver, "/imports with errors");
		// The result region may be swapped once more by the last poll: find it afresh to
		// scroll.
		wait.ignoring(StaleElementReferenceException.class)
			.until((browser) -> ((JavascriptExecutor) browser).executeScript(
					"arguments[0].scrollIntoView({ behavior: 'instant' }); return true;",
					browser.findElement(By.id("import-rejected"))));
		screenshot("import-rejected");
	}

	private void upload(String csv) throws IOException {
		Path file = Files.createTempFile("units", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		driver.findElement(By.id("kind-UNITS")).click();
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		driver.findElement(By.id("import-submit")).click();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(String name) throws IOException {
		Path target = SCREENSHOTS.resolve("ImportPageBrowserTests-" + name + ".png");
		Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}

package id.kinerja.evaluation;

import java.io.IOException;
import java.time.Duration;

import id.kinerja.BrowserPages;
import id.kinerja.DemoAgencyTest;
import id.kinerja.HeadlessChromium;
import id.kinerja.TestClock;
import id.kinerja.planning.PlanChain;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The calculator page in a real headless Chromium on a phone-sized screen: each
 * calculator answers in place (htmx, no reload) and the page never scrolls sideways.
 * Reads no plan data, so it takes no test year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@Import(TestClock.Configuration.class)
class CalculatorBrowserTests {

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		missing = HeadlessChromium.unavailable();
		if (missing == null) {
			browser = HeadlessChromium.start();
		}
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@BeforeEach
	void prepare() {
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
	}

	@Test
	void answersEachCalculatorInPlaceOnAPhone() {
		WebDriver driver = browser.driver();
		BrowserPages pages = new BrowserPages(driver, this.port, "calculator");
		// signed in on a wide screen, where the menu shows who is signed in
		driver.manage().window().setSize(new Dimension(1280, 900));
		pages.signIn(PlanChain.ANALIS, DemoAgencyTest.PASSWORD);
		driver.manage().window().setSize(PHONE);
		pages.open("/kalkulator");
		pages.waitFor(By.id("calculator-heading"));
		pages.assertNoHorizontalScroll("/kalkulator");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.kinerjaStayed = true;");

		new Select(driver.findElement(By.id("calc-hasil"))).selectByValue("DI_BAWAH_EKSPEKTASI");
		new Select(driver.findElement(By.id("calc-perilaku"))).selectByValue("DI_ATAS_EKSPEKTASI");
		pages.click(driver.findElement(By.id("predikat-submit")));
		WebElement answer = waitForAttribute(driver, "predikat-answer", "data-predikat", "BUTUH_PERBAIKAN");
		assertThat(answer.getText()).contains("Butuh Perbaikan");

		WebElement unit = driver.findElement(By.id("calc-unit"));
		new Select(unit).selectByValue("BAIK");
		type(driver, "calc-count-SANGAT_BAIK", "2");
		type(driver, "calc-count-BAIK", "8");
		pages.click(driver.findElement(By.id("distribution-submit")));
		waitForAttribute(driver, "distribution-answer", "data-fits", "false");
		assertThat(driver.findElement(By.id("distribution-bounds")).getText()).contains("Kelebihan 1 orang.")
			.contains("Kurang 1 orang.");
		pages.assertNoHorizontalScroll("/kalkulator with a distribution checked");

		new Select(driver.findElement(By.id("calc-jenjang"))).selectByValue("AHLI_PERTAMA");
		new Select(driver.findElement(By.id("calc-predikat"))).selectByValue("SANGAT_BAIK");
		type(driver, "calc-months", "12");
		pages.click(driver.findElement(By.id("credit-submit")));
		waitForAttribute(driver, "credit-answer", "data-credit-points", "18.75");

		assertThat(js.executeScript("return window.kinerjaStayed === true;")).as("answered without a reload")
			.isEqualTo(true);
		assertThat(pages.path()).isEqualTo("/kalkulator");
		pages.screenshot("phone");
	}

	private static void type(WebDriver driver, String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private static WebElement waitForAttribute(WebDriver driver, String id, String attribute, String expected) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "#" + id + " should have " + attribute + "=" + expected)
			.until((d) -> {
				var found = d.findElements(By.id(id));
				return (!found.isEmpty() && expected.equals(found.get(0).getAttribute(attribute))) ? found.get(0)
						: null;
			});
	}

}

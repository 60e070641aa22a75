package id.kinerja.evaluation;

import java.io.IOException;
import java.time.Duration;

import id.kinerja.BrowserPages;
import id.kinerja.DemoAgencyTest;
import id.kinerja.HeadlessChromium;
import id.kinerja.TestClock;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.PlanChain;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calibration in a real headless Chromium: the Kepala Subbidang opens his unit, whose two
 * Baik break the Baik pattern (at most 70 % Baik, at least one Butuh Perbaikan or
 * Kurang/Misconduct) under a hard block; finalising is refused with the violations; he
 * adjusts one row in place (the row and the curve panel change without a reload) and
 * finalises. On a phone-sized screen. Year 2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class CurveJourneyBrowserTests {

	static final int YEAR = 2025;

	static final String S1 = "BKPSDM.PKA.S1";

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EvaluationRepository evaluations;

	@Autowired
	private ReportingLines lines;

	@Autowired
	private PeriodService periods;

	private @Nullable CurveFixture fixture;

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
		this.fixture = new CurveFixture(this.jdbc, this.evaluations, this.lines);
		this.fixture.wipe(YEAR);
	}

	@AfterEach
	void cleanUp() {
		if (this.fixture != null) {
			this.fixture.wipe(YEAR);
		}
	}

	static void waitForText(WebDriver driver, String css, String expected) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> css + " should read " + expected)
			.until((d) -> expected.equals(d.findElement(By.cssSelector(css)).getText()));
	}

	@Test
	void aViolationIsFixedInPlaceAndTheUnitFinalised() throws Exception {
		CurveFixture data = this.fixture;
		data.settings(this.periods, YEAR, CurveEnforcement.BLOCK, CurveScope.UNIT);
		long kasubbid = data.employeeId(PlanChain.KASUBBID);
		Evaluation analis = data.evaluation(data.employeeId(PlanChain.ANALIS), S1, YEAR, Predikat.BAIK, kasubbid);
		Evaluation pengolah = data.evaluation(data.employeeId(PlanChain.PENGOLAH), S1, YEAR, Predikat.BAIK, kasubbid);
		new PlanChain(this.mvc)
			.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"BAIK\"}", S1, YEAR)
			.andExpect(status().isOk());

		WebDriver driver = browser.driver();
		BrowserPages pages = new BrowserPages(driver, this.port, "curve");
		driver.manage().window().setSize(new Dimension(1280, 900));
		pages.signIn(PlanChain.KASUBBID, DemoAgencyTest.PASSWORD);
		driver.manage().window().setSize(PHONE);

		// Monitoring Kurva lists the unit out of the pattern, with a link to calibrate
		// it.
		pages.open("/evaluasi/kurva?year=" + YEAR);
		String line = "#unit-" + S1.replace(".", "\\.");
		waitForText(driver, line + " .unit-fits", "Tidak sesuai pola");
		pages.click(driver.findElement(By.cssSelector(line + " .calibrate-link")));
		pages.waitForPath("/evaluasi/kalibrasi/" + S1 + "/" + YEAR);
		waitForText(driver, "#curve-verdict", "Tidak sesuai pola");
		assertThat(driver.findElements(By.cssSelector("#curve-bounds .text-danger"))).hasSize(2);
		assertThat(pages.waitFor(By.id("rounding-rule")).getText()).startsWith("Aturan pembulatan");

		// The hard block refuses finalisation and says why.
		pages.click(pages.waitFor(By.id("finalise-unit")));
		assertThat(pages.waitFor(By.id("finalise-problems")).getText()).contains("Kelebihan 1 orang");

		((JavascriptExecutor) driver).executeScript("window.curveMarker = 'kept';");
		long id = pengolah.getId();
		// Without a reason the row says so, in place.
		new Select(pages.waitFor(By.id("hasil-" + id))).selectByValue("DI_BAWAH_EKSPEKTASI");
		pages.click(pages.waitFor(By.id("calibrate-" + id)));
		waitForText(driver, "#member-" + id + " .row-problems", "Tuliskan alasan kalibrasi.");
		new Select(pages.waitFor(By.id("hasil-" + id))).selectByValue("DI_BAWAH_EKSPEKTASI");
		pages.waitFor(By.id("reason-" + id)).sendKeys("Target rekap triwulan IV tidak tercapai");
		pages.click(pages.waitFor(By.id("calibrate-" + id)));
		waitForText(driver, "#member-" + id + " .member-predikat", "Butuh Perbaikan");
		waitForText(driver, "#curve-verdict", "Sesuai pola");
		waitForText(driver, "#count-BUTUH_PERBAIKAN", "Butuh Perbaikan: 1");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.curveMarker;"))
			.as("the page was not reloaded")
			.isEqualTo("kept");
		pages.assertNoHorizontalScroll("the calibration page at 360 px");
		pages.screenshot("calibrated");

		pages.click(pages.waitFor(By.id("finalise-unit")));
		pages.waitFor(By.id("notice"));
		waitForText(driver, "#unit-final", "Final");
		assertThat(driver.findElements(By.id("finalise-unit"))).isEmpty();
		assertThat(this.evaluations.findById(analis.getId()).orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.FINALISED);
		assertThat(this.evaluations.findById(id).orElseThrow().getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
		pages.screenshot("finalised");
	}

}

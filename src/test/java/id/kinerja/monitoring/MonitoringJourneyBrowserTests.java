package id.kinerja.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitoring journey of the issue in two real headless Chromium browsers: the
 * analyst, on a phone-sized screen, logs a week of work, turns it into the month's
 * realisation with evidence and an obstacle and submits it, while the Kepala Subbidang's
 * team board, open in the other browser, changes without a reload. Year 2083, the clock
 * standing on 4 March (the February period is open until the 5th).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class MonitoringJourneyBrowserTests {

	static final int YEAR = 2083;

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium employeeBrowser;

	private static @Nullable HeadlessChromium supervisorBrowser;

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	static void startBrowsers() throws IOException {
		missing = HeadlessChromium.unavailable();
		if (missing == null) {
			employeeBrowser = HeadlessChromium.start();
			supervisorBrowser = HeadlessChromium.start();
		}
	}

	@AfterAll
	static void stopBrowsers() throws IOException {
		if (employeeBrowser != null) {
			employeeBrowser.close();
			employeeBrowser = null;
		}
		if (supervisorBrowser != null) {
			supervisorBrowser.close();
			supervisorBrowser = null;
		}
	}

	@BeforeEach
	void prepare() {
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
	}

	static void waitForText(WebDriver driver, String css, String expected) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> css + " should read " + expected)
			.until((d) -> expected.equals(d.findElement(By.cssSelector(css)).getText()));
	}

	@Test
	void aWeekOfLogsBecomesTheMonthsRealisationAndTheOpenBoardShowsItLive() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		for (String nip : List.of(PlanChain.SEKDA, PlanChain.KABAN, PlanChain.KABID, PlanChain.KASUBBID,
				PlanChain.ANALIS, "admin")) {
			chain.token(nip);
		}
		TestClock.pin(LocalDate.of(YEAR, 3, 4));
		Path evidence = Files.createTempFile("laporan-februari", ".pdf");
		try {
			long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
			long plan = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, """
					{"text": "Rekap penilaian kinerja bulanan", "kind": "UTAMA", "supervisorRhkId": %d,
					 "indicators": [
					   {"text": "Rekap yang selesai", "aspect": "KUANTITAS", "target": "24", "unit": "rekap"},
					   {"text": "Data rekap yang valid", "aspect": "KUALITAS", "target": "95", "unit": "%%"}]}""");
			String json = chain.read(PlanChain.ANALIS, plan).andReturn().getResponse().getContentAsString();
			long rhk = ((Number) JsonPath.read(json, "$.rhk[0].id")).longValue();
			List<Number> ids = JsonPath.read(json, "$.rhk[0].indicators[*].id");
			long counted = ids.get(0).longValue();
			long rate = ids.get(1).longValue();

			// The supervisor opens the team board on the February period.
			WebDriver boss = supervisorBrowser.driver();
			BrowserPages board = new BrowserPages(boss, this.port, "journey-board");
			boss.manage().window().setSize(new Dimension(1280, 900));
			board.signIn(PlanChain.KASUBBID, DemoAgencyTest.PASSWORD);
			board.open("/team?year=" + YEAR + "&period=" + YEAR + "-02");
			String row = "#member-" + PlanChain.ANALIS;
			board.waitFor(By.cssSelector(row));
			((JavascriptExecutor) boss).executeScript("window.liveMarker = 'kept';");

			// The analyst, on a phone, logs the last week of February.
			WebDriver phone = employeeBrowser.driver();
			BrowserPages pages = new BrowserPages(phone, this.port, "journey-phone");
			phone.manage().window().setSize(new Dimension(1280, 900));
			pages.signIn(PlanChain.ANALIS, DemoAgencyTest.PASSWORD);
			phone.manage().window().setSize(PHONE);
			for (int day = 21; day <= 25; day++) {
				pages.open("/logs");
				WebElement date = pages.waitFor(By.id("date"));
				((JavascriptExecutor) phone).executeScript("arguments[0].value = arguments[1];", date,
						LocalDate.of(YEAR, 2, day).toString());
				pages.waitFor(By.id("activity")).sendKeys("Menyusun rekap penilaian unit " + day);
				pages.waitFor(By.id("quantity")).sendKeys("2");
				pages.waitFor(By.id("unit")).sendKeys("rekap");
				new Select(pages.waitFor(By.id("rhkId"))).selectByValue(String.valueOf(rhk));
				pages.click(pages.waitFor(By.id("save-log")));
				pages.waitFor(By.id("notice"));
			}
			pages.assertNoHorizontalScroll("the daily log at 360 px");
			pages.screenshot("logs");

			// The month's sheet: the logs become the draft of the counted indicator.
			pages.open("/skp/" + plan + "/realisasi/" + YEAR + "-02");
			pages.click(pages.waitFor(By.id("use-draft-" + counted)));
			assertThat(pages.waitFor(By.id("value-" + counted)).getAttribute("value")).isEqualTo("10");
			assertThat(pages.waitFor(By.id("note-" + counted)).getAttribute("value"))
				.contains("Menyusun rekap penilaian unit 21");
			new WebDriverWait(phone, Duration.ofSeconds(15)).withMessage("the draft should save itself")
				.until((d) -> d.findElement(By.id("autosave-" + counted)).getText().startsWith("Tersimpan otomatis"));

			// The rate is below target: the obstacle, its cause and the fix.
			pages.waitFor(By.id("value-" + rate)).sendKeys("80");
			pages.click(pages.waitFor(By.cssSelector("#form-" + rate + " summary")));
			pages.waitFor(By.id("obstacle-" + rate)).sendKeys("Dua unit terlambat mengirim data");
			pages.waitFor(By.id("cause-" + rate)).sendKeys("Jadwal pengiriman belum disepakati");
			pages.waitFor(By.id("fix-" + rate)).sendKeys("Menyepakati jadwal pengiriman mingguan");
			pages.click(pages.waitFor(By.id("save-" + rate)));
			pages.waitFor(By.id("notice"));
			assertThat(pages.waitFor(By.cssSelector("#iki-" + rate + " .achievement")).getText())
				.isEqualTo("Capaian 84,21%");

			// Evidence: a PDF of the month's recap.
			Files.write(evidence, EvidenceRoundTrip.PDF);
			long realisation = this.jdbc.sql("SELECT r.id FROM realisation r WHERE r.skp_id = ? AND r.indicator_id = ?")
				.param(plan)
				.param(counted)
				.query(Long.class)
				.single();
			pages.waitFor(By.id("file-" + realisation)).sendKeys(evidence.toAbsolutePath().toString());
			pages.click(phone.findElement(By.cssSelector("#evidence-" + realisation + " form[enctype] button")));
			pages.waitFor(By.id("notice"));
			assertThat(pages.waitFor(By.cssSelector("#evidence-" + realisation + " .evidence-item a")).getText())
				.startsWith("laporan-februari");
			pages.assertNoHorizontalScroll("the realisation sheet at 360 px");
			pages.screenshot("sheet");

			pages.click(pages.waitFor(By.id("submit-report")));
			waitForText(phone, "#report-status", "Diajukan");

			// The supervisor's open board shows it without a reload.
			waitForText(boss, row + " .member-report", "Diajukan");
			assertThat(((JavascriptExecutor) boss).executeScript("return window.liveMarker;"))
				.as("the board was not reloaded")
				.isEqualTo("kept");
			board.screenshot("board");
		}
		finally {
			TestClock.reset();
			Files.deleteIfExists(evidence);
		}
	}

}

package id.kinerja.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
import org.openqa.selenium.Cookie;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A complete evaluation year of one unit (Subbidang Penilaian Kinerja, 2020) walked
 * through in a real headless Chromium, every step through the pages: the analyst writes
 * and submits the annual self-assessment on a phone; the Kepala Bidang sets the unit's
 * organisation result on Monitoring Kurva; the Kepala Subbidang rates both staff; the
 * calibration page shows the curve violated, finalisation is refused under the hard
 * block, one rating is adjusted in place (no reload) and the unit is finalised; the
 * pengolah receives the evaluation, appeals, the Kepala Bidang decides; the document is
 * fetched in Indonesian and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class EvaluationYearJourneyBrowserTests {

	static final int YEAR = 2020;

	static final String UNIT = "BKPSDM.PKA.S1";

	private static final Dimension PHONE = new Dimension(360, 740);

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final String RHK = """
			{"text": "Rekap penilaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [{"text": "Rekap terkirim", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"}]}""";

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

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

	private void signIn(BrowserPages pages, String nip, Dimension size) {
		pages.driver().manage().window().setSize(DESKTOP);
		pages.signIn(nip, DemoAgencyTest.PASSWORD);
		pages.driver().manage().window().setSize(size);
	}

	private long annualEvaluation(long skpId) {
		return this.jdbc.sql("SELECT id FROM evaluation WHERE skp_id = ? AND period_code = ?")
			.params(skpId, String.valueOf(YEAR))
			.query(Long.class)
			.single();
	}

	private void blockOnMisfit(PlanChain chain) throws Exception {
		String body = chain.get("admin", "/api/v1/periods/{year}", YEAR)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Object version = com.jayway.jsonpath.JsonPath.parse(body).read("$.version");
		chain
			.put("admin", "/api/v1/periods/{year}",
					"""
							{"frequency": "MONTHLY", "skpDeadline": "%d-01-31", "realisationDeadlineDay": 5,
							 "ratingDeadlineDay": 10, "annualDeadline": "%d-01-31", "curveEnforcement": "BLOCK",
							 "curveScope": "UNIT", "appealDays": 14, "regionalHeadRatesJpt": false, "version": %s}"""
						.formatted(YEAR, YEAR + 1, version),
					YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settings.curveEnforcement").value("BLOCK"));
	}

	@Test
	void aUnitIsRatedCalibratedFinalisedReceivedAndAnAppealDecided() throws Exception {
		// The demo's people take up their posts in 2025 (the rating tests move that to
		// 2021); this year lies before both, so their first day moves to 1 January 2020.
		this.jdbc
			.sql("UPDATE assignment SET start_date = DATE '2020-01-01'"
					+ " WHERE start_date IN (DATE '2025-01-02', DATE '2021-01-01')")
			.update();
		PlanChain chain = new PlanChain(this.mvc);
		long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
		long analis = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, RHK);
		long pengolah = chain.approvedPlanUnderKasubbid(PlanChain.PENGOLAH, kasubbidRhk, YEAR, RHK);
		blockOnMisfit(chain);
		TestClock.pin(LocalDate.of(YEAR + 1, 1, 12));
		try {
			String period = String.valueOf(YEAR);
			chain
				.put(PlanChain.PENGOLAH, "/api/v1/skp/{id}/evaluations/{period}/self-assessment",
						"{\"overall\": \"Semua rekap terkirim.\"}", pengolah, period)
				.andExpect(status().isOk());
			chain
				.send(PlanChain.PENGOLAH, "/api/v1/skp/{id}/evaluations/{period}/self-assessment/submit", "", pengolah,
						period)
				.andExpect(status().isOk());
			WebDriver driver = browser.driver();
			BrowserPages pages = new BrowserPages(driver, this.port, "year");

			// The analyst writes and submits the annual self-assessment on a phone.
			signIn(pages, PlanChain.ANALIS, PHONE);
			pages.open("/skp/" + analis + "/evaluasi/" + period);
			pages.waitFor(By.id("overall")).sendKeys("Dua belas rekap terkirim tepat waktu.");
			pages.click(pages.waitFor(By.id("save-self")));
			pages.waitFor(By.id("notice"));
			pages.click(pages.waitFor(By.id("submit-self")));
			pages.waitFor(By.id("self-submitted"));
			pages.assertNoHorizontalScroll("the annual self-assessment at 360 px");

			// The Kepala Bidang, the leader above the unit, sets its organisation result.
			signIn(pages, PlanChain.KABID, DESKTOP);
			pages.open("/evaluasi/kurva?year=" + YEAR);
			new Select(pages.waitFor(By.id("predikat-" + UNIT))).selectByValue("BAIK");
			pages.click(pages.waitFor(By.id("set-" + UNIT)));
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.withMessage(() -> driver.findElement(By.id("unit-" + UNIT)).getText())
				.until((d) -> d.findElement(By.cssSelector("[id='unit-" + UNIT + "'] .unit-result"))
					.getText()
					.contains("Baik"));

			// The Kepala Subbidang rates both as expected: both Baik.
			signIn(pages, PlanChain.KASUBBID, DESKTOP);
			for (long plan : List.of(analis, pengolah)) {
				pages.open("/skp/" + plan + "/evaluasi/" + period);
				pages.click(pages.waitFor(By.id("ratingHasil-SESUAI_EKSPEKTASI")));
				pages.click(pages.waitFor(By.id("ratingPerilaku-SESUAI_EKSPEKTASI")));
				pages.click(pages.waitFor(By.id("save-rating")));
				assertThat(pages.waitFor(By.id("result-predikat")).getText()).isEqualTo("Baik");
			}

			// Calibration: two Baik in a Baik unit break both bounds; the hard block
			// refuses.
			pages.open("/evaluasi/kalibrasi/" + UNIT + "/" + YEAR);
			assertThat(pages.waitFor(By.id("curve-verdict")).getAttribute("class")).contains("text-bg-danger");
			assertThat(pages.waitFor(By.id("curve-bounds")).getText()).contains("✗");
			pages.click(pages.waitFor(By.id("finalise-unit")));
			assertThat(pages.waitFor(By.cssSelector("#finalise-problems, #problem")).getText()).isNotBlank();
			pages.screenshot("violated");

			// One rating adjusted in place: no reload, the curve now fits.
			long pengolahEvaluation = annualEvaluation(pengolah);
			((JavascriptExecutor) driver).executeScript("window.kinerjaMarker = 'calibration';");
			new Select(pages.waitFor(By.id("hasil-" + pengolahEvaluation))).selectByValue("DI_BAWAH_EKSPEKTASI");
			pages.waitFor(By.id("reason-" + pengolahEvaluation))
				.sendKeys("Dua rekap triwulan terlambat; disepakati dalam kalibrasi.");
			pages.click(pages.waitFor(By.id("calibrate-" + pengolahEvaluation)));
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.until((d) -> d.findElement(By.cssSelector("#member-" + pengolahEvaluation + " .member-predikat"))
					.getText()
					.equals("Butuh Perbaikan"));
			new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.until((d) -> d.findElement(By.id("curve-verdict")).getAttribute("class").contains("text-bg-success"));
			assertThat(((JavascriptExecutor) driver).executeScript("return window.kinerjaMarker;"))
				.isEqualTo("calibration");
			pages.click(pages.waitFor(By.id("finalise-unit")));
			pages.waitFor(By.id("unit-final"));
			pages.screenshot("finalised");

			// The pengolah receives the evaluation on a phone and appeals.
			signIn(pages, PlanChain.PENGOLAH, PHONE);
			pages.open("/evaluasi/" + pengolahEvaluation + "/hasil");
			assertThat(pages.waitFor(By.id("predikat")).getText()).isEqualTo("Butuh Perbaikan");
			pages.click(pages.waitFor(By.id("receive-button")));
			pages.waitFor(By.id("notice"));
			pages.waitFor(By.id("reasons")).sendKeys("Keterlambatan rekap karena sistem sumber data mati dua minggu.");
			pages.click(pages.waitFor(By.id("appeal-button")));
			pages.waitFor(By.id("appeal-heading"));
			String appealPath = pages.path();

			// The Kepala Bidang, atasan pejabat penilai, hears both sides and keeps it.
			signIn(pages, PlanChain.KABID, DESKTOP);
			pages.open(appealPath);
			assertThat(pages.waitFor(By.id("side-evaluation")).getText()).contains("Butuh Perbaikan");
			assertThat(pages.waitFor(By.id("appeal-reasons")).getText()).contains("sistem sumber data mati");
			pages.click(pages.waitFor(By.id("decision-keep")));
			pages.waitFor(By.id("decision-reason"))
				.sendKeys("Rekap dapat disusun manual dari arsip; keterlambatan tidak dilaporkan saat itu.");
			pages.click(pages.waitFor(By.id("decide-button")));
			pages.waitFor(By.id("appeal-outcome"));

			// The pengolah sees the final outcome and fetches the document in both
			// languages.
			signIn(pages, PlanChain.PENGOLAH, PHONE);
			pages.open(appealPath);
			assertThat(pages.waitFor(By.id("appeal-outcome")).getText()).isNotBlank();
			pages.open("/evaluasi/" + pengolahEvaluation + "/hasil");
			String cookies = driver.manage()
				.getCookies()
				.stream()
				.map((Cookie c) -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
			for (List<String> link : List.of(List.of("document-id", "DOKUMEN EVALUASI KINERJA PEGAWAI"),
					List.of("document-en", "EMPLOYEE PERFORMANCE EVALUATION"))) {
				String href = pages.waitFor(By.id(link.get(0))).getAttribute("href");
				HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
							HttpResponse.BodyHandlers.ofByteArray());
				assertThat(pdf.statusCode()).isEqualTo(200);
				String text = EvaluationDocumentIntegrationTests.text(pdf.body());
				assertThat(text).contains(link.get(1), "NIP " + PlanChain.PENGOLAH, "NIP " + PlanChain.KASUBBID,
						"NIP " + PlanChain.KABID);
				assertThat(text).doesNotContain("DRAF");
			}
		}
		finally {
			TestClock.reset();
		}
	}

}

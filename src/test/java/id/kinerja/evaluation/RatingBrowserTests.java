package id.kinerja.evaluation;

import java.io.IOException;
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
import org.openqa.selenium.WebDriver;
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
 * The Kepala Subbidang rates the analyst's submitted February in a real headless Chromium
 * on a phone-sized screen: the guidance and the evidence are on the screen, a Di Atas
 * Ekspektasi without a reason is refused next to the reason box, and with one the
 * predikat shows. Year 2022, the clock on 3 March.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class RatingBrowserTests {

	static final int YEAR = 2022;

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

	@Test
	void theKasubbidRatesASubmittedPeriodWithTheGuidanceAndEvidenceInSight() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		RatingYears.holdDemoPostsFrom2021(this.jdbc);
		for (String nip : List.of(PlanChain.SEKDA, PlanChain.KABAN, PlanChain.KABID, PlanChain.KASUBBID,
				PlanChain.ANALIS, "admin")) {
			chain.token(nip);
		}
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		try {
			long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
			long plan = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, """
					{"text": "Rekap penilaian kinerja bulanan", "kind": "UTAMA", "supervisorRhkId": %d,
					 "indicators": [
					   {"text": "Rekap yang selesai", "aspect": "KUANTITAS", "target": "24", "unit": "rekap"}]}""");
			String json = chain.read(PlanChain.ANALIS, plan).andReturn().getResponse().getContentAsString();
			long indicator = ((Number) JsonPath.read(json, "$.rhk[0].indicators[0].id")).longValue();
			String written = chain
				.send(PlanChain.ANALIS, "/api/v1/skp/{id}/realisations",
						"""
								{"period": "%d-02", "indicatorId": %d, "value": "6", "note": "Enam rekap selesai lebih cepat"}"""
							.formatted(YEAR, indicator),
						plan)
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			long realisation = ((Number) JsonPath.read(written, "$.id")).longValue();
			chain.send(PlanChain.ANALIS, "/api/v1/realisations/{id}/links", """
					{"url": "https://bukti.contoh.go.id/rekap-februari"}""", realisation)
				.andExpect(status().isCreated());
			chain.send(PlanChain.ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", plan, YEAR + "-02")
				.andExpect(status().isOk());

			WebDriver driver = browser.driver();
			BrowserPages pages = new BrowserPages(driver, this.port, "rating");
			driver.manage().window().setSize(new Dimension(1280, 900));
			pages.signIn(PlanChain.KASUBBID, DemoAgencyTest.PASSWORD);
			driver.manage().window().setSize(new Dimension(360, 740));
			pages.open("/evaluasi?year=" + YEAR + "&period=" + YEAR + "-02");
			pages.click(pages.waitFor(By.cssSelector("[data-nip='" + PlanChain.ANALIS + "'] a")));
			pages.waitForPath("/skp/" + plan + "/evaluasi/" + YEAR + "-02");

			assertThat(pages.waitFor(By.cssSelector("#rating-hasil")).getText())
				.contains("tidak ada hasil kerja Utama yang di bawah ekspektasi");
			assertThat(pages.waitFor(By.cssSelector(".evidence-link")).getText())
				.isEqualTo("https://bukti.contoh.go.id/rekap-februari");
			assertThat(pages.waitFor(By.cssSelector(".realisation-value")).getText()).contains("Enam rekap selesai");
			pages.assertNoHorizontalScroll("the rating screen at 360 px");

			pages.click(pages.waitFor(By.id("ratingHasil-DI_ATAS_EKSPEKTASI")));
			pages.click(pages.waitFor(By.id("ratingPerilaku-DI_ATAS_EKSPEKTASI")));
			pages.click(pages.waitFor(By.id("save-rating")));
			assertThat(pages.waitFor(By.id("reason-error")).getText()).contains("alasan");
			assertThat(pages.waitFor(By.id("ratingHasil-DI_ATAS_EKSPEKTASI")).isSelected()).isTrue();
			pages.screenshot("reason-required");

			pages.waitFor(By.id("reason")).sendKeys("Rekap selesai jauh sebelum tenggat dan membantu unit lain");
			pages.click(pages.waitFor(By.id("save-rating")));
			pages.waitFor(By.id("notice"));
			assertThat(pages.waitFor(By.id("result-predikat")).getText()).isEqualTo("Sangat Baik");
			assertThat(pages.waitFor(By.cssSelector(".matrix-current")).getText()).isEqualTo("Sangat Baik");
			pages.screenshot("rated");
		}
		finally {
			TestClock.reset();
		}
	}

}

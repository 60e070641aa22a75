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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

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
 * The sign-off journey of the issue in a real headless Chromium: the analyst, on a
 * phone-sized screen, receives the final annual evaluation of 2030 and files an appeal;
 * the Kepala Bidang (atasan pejabat penilai) asks the Kepala Subbidang (pejabat penilai)
 * for an explanation, which is answered; the Kepala Bidang changes the ratings; the
 * analyst sees the outcome and fetches the document in both languages. The clock stands
 * on 10 January 2031.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class SignoffJourneyBrowserTests {

	static final int YEAR = 2030;

	private static final Dimension PHONE = new Dimension(360, 740);

	private static final Dimension DESKTOP = new Dimension(1280, 900);

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

	void signIn(BrowserPages pages, String nip, Dimension size) {
		pages.driver().manage().window().setSize(DESKTOP);
		pages.signIn(nip, DemoAgencyTest.PASSWORD);
		pages.driver().manage().window().setSize(size);
	}

	@Test
	void anAppealIsFiledExplainedAndDecidedAndTheEmployeeSeesTheOutcome() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		SignoffFixture.Plans plans = SignoffFixture.plans(chain, YEAR);
		TestClock.pin(LocalDate.of(YEAR + 1, 1, 10));
		try {
			Evaluation annual = SignoffFixture.evaluation(this.evaluations, this.jdbc, plans.analis(),
					String.valueOf(YEAR), Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI,
					EvaluationStatus.FINALISED);
			WebDriver driver = browser.driver();
			BrowserPages pages = new BrowserPages(driver, this.port, "signoff");

			// The analyst receives the final evaluation and appeals, on a phone.
			signIn(pages, PlanChain.ANALIS, PHONE);
			pages.open("/evaluasi/" + annual.getId() + "/hasil");
			assertThat(pages.waitFor(By.id("predikat")).getText()).isEqualTo("Kurang/Misconduct");
			pages.assertNoHorizontalScroll("the evaluation result at 360 px");
			pages.click(pages.waitFor(By.id("receive-button")));
			pages.waitFor(By.id("notice"));
			assertThat(pages.waitFor(By.id("appeal-deadline")).getText()).contains("24-01-2031");
			pages.waitFor(By.id("reasons")).sendKeys("Daftar hadir rapat koordinasi lengkap; mohon ditinjau.");
			pages.click(pages.waitFor(By.id("appeal-button")));
			pages.waitFor(By.id("appeal-heading"));
			String appealPath = pages.path();
			assertThat(appealPath).startsWith("/keberatan/");
			pages.assertNoHorizontalScroll("the appeal at 360 px");
			pages.screenshot("filed");

			// The Kepala Bidang asks the pejabat penilai for an explanation.
			signIn(pages, PlanChain.KABID, DESKTOP);
			pages.open("/keberatan");
			pages.click(pages.waitFor(By.cssSelector("#appeals-toDecide a[href='" + appealPath + "']")));
			assertThat(pages.waitFor(By.id("appeal-reasons")).getText()).contains("Daftar hadir rapat koordinasi");
			new Select(pages.waitFor(By.id("addressedTo"))).selectByValue("APPRAISER");
			pages.waitFor(By.id("request-body")).sendKeys("Mohon jelaskan dasar rating perilaku kerja.");
			pages.click(pages.waitFor(By.id("request-button")));
			pages.waitFor(By.id("notice"));

			// The Kepala Subbidang answers.
			signIn(pages, PlanChain.KASUBBID, DESKTOP);
			pages.open(appealPath);
			pages.waitFor(By.id("answer-body")).sendKeys("Dua kali tidak hadir tanpa keterangan pada bulan Mei.");
			pages.click(pages.waitFor(By.id("answer-button")));
			pages.waitFor(By.id("notice"));
			assertThat(driver.findElements(By.id("decision-form"))).isEmpty();

			// The Kepala Bidang decides: the ratings change.
			signIn(pages, PlanChain.KABID, DESKTOP);
			pages.open(appealPath);
			assertThat(pages.waitFor(By.id("appeal-thread")).getText())
				.contains("Dua kali tidak hadir tanpa keterangan");
			pages.click(pages.waitFor(By.id("decision-change")));
			new Select(pages.waitFor(By.id("ratingHasil"))).selectByValue("SESUAI_EKSPEKTASI");
			new Select(pages.waitFor(By.id("ratingPerilaku"))).selectByValue("SESUAI_EKSPEKTASI");
			pages.waitFor(By.id("decision-reason")).sendKeys("Ketidakhadiran itu karena tugas luar yang sah.");
			pages.click(pages.waitFor(By.id("decide-button")));
			pages.waitFor(By.id("appeal-outcome"));
			pages.screenshot("decided");

			// The analyst sees the outcome and fetches both documents.
			signIn(pages, PlanChain.ANALIS, PHONE);
			pages.open(appealPath);
			assertThat(pages.waitFor(By.id("appeal-outcome")).getText())
				.contains("Predikat diubah dari Kurang/Misconduct menjadi Baik.");
			pages.open("/evaluasi/" + annual.getId() + "/hasil");
			assertThat(pages.waitFor(By.id("predikat")).getText()).isEqualTo("Baik");
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
				assertThat(text).contains(link.get(1), "NIP " + PlanChain.ANALIS, "NIP " + PlanChain.KASUBBID,
						"NIP " + PlanChain.KABID);
				assertThat(text).doesNotContain("DRAF");
			}
		}
		finally {
			TestClock.reset();
		}
	}

}

package id.kinerja.planning;

import java.io.IOException;

import id.kinerja.BrowserPages;
import id.kinerja.DemoAgencyTest;
import id.kinerja.HeadlessChromium;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A supervisor and a subordinate plan one year in a real headless Chromium: the head
 * writes an RHK, the Kepala Bidang supports it from the picker while it is still a draft,
 * the head submits, the Sekda approves; on a phone the plan reads as stacked cards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class SkpBrowserTests {

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium chromium;

	@LocalServerPort
	private int port;

	private BrowserPages pages;

	@BeforeAll
	static void startBrowser() throws IOException {
		missing = HeadlessChromium.unavailable();
		if (missing == null) {
			chromium = HeadlessChromium.start();
		}
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@BeforeEach
	void prepare() {
		assumeTrue(missing == null, () -> "Skipping browser test: " + missing);
		this.pages = new BrowserPages(chromium.driver(), this.port, "skp");
		chromium.driver().manage().window().setSize(DESKTOP);
	}

	@Test
	void aHeadAndASubordinatePlanTheYearTogether() {
		int year = 2050;
		this.pages.signIn(KABAN, DemoAgencyTest.PASSWORD);
		this.pages.click(this.pages.waitFor(By.id("nav-skp")));
		this.pages.open("/skp?year=" + year);
		this.pages.click(this.pages.waitFor(By.id("start-skp")));
		assertThat(this.pages.waitFor(By.id("notice")).getText()).contains("SKP dibuat sebagai draf");
		String kabanPlan = this.pages.path();
		this.pages.click(this.pages.waitFor(By.id("add-rhk")));
		this.pages.waitFor(By.id("text")).sendKeys("Pelayanan kepegawaian yang cepat dan tepat");
		new Select(this.pages.waitFor(By.id("perspective"))).selectByValue("PENERIMA_LAYANAN");
		chromium.driver().findElement(By.id("indicators0.text")).sendKeys("Usul layanan yang selesai tepat waktu");
		new Select(chromium.driver().findElement(By.id("indicators0.aspect"))).selectByValue("KUANTITAS");
		chromium.driver().findElement(By.id("indicators0.target")).sendKeys("tiga ratus");
		chromium.driver().findElement(By.id("indicators0.unit")).sendKeys("usul");
		this.pages.click(chromium.driver().findElement(By.id("submit")));
		// The typed row comes back with the message beside it; fix the target and save.
		assertThat(this.pages.waitFor(By.id("form-errors")).getText()).contains("harus berupa angka");
		chromium.driver().findElement(By.id("indicators0.target")).clear();
		chromium.driver().findElement(By.id("indicators0.target")).sendKeys("300");
		this.pages.click(chromium.driver().findElement(By.id("submit")));
		assertThat(this.pages.waitFor(By.id("notice")).getText()).isEqualTo("RHK ditambahkan.");
		assertThat(this.pages.waitFor(By.id("rhk-table")).getText()).contains("300 usul");
		this.pages.screenshot("head-draft");

		// The Kepala Bidang supports the head's draft RHK without waiting for approval.
		this.pages.signIn(KABID, DemoAgencyTest.PASSWORD);
		this.pages.open("/skp?year=" + year);
		this.pages.click(this.pages.waitFor(By.id("start-skp")));
		this.pages.click(this.pages.waitFor(By.id("add-rhk")));
		new Select(this.pages.waitFor(By.id("supervisorRhkId"))).selectByIndex(1);
		this.pages.waitFor(By.id("text")).sendKeys("Verifikasi usul layanan kepegawaian");
		chromium.driver().findElement(By.id("indicators0.text")).sendKeys("Usul terverifikasi");
		new Select(chromium.driver().findElement(By.id("indicators0.aspect"))).selectByValue("KUANTITAS");
		chromium.driver().findElement(By.id("indicators0.target")).sendKeys("300");
		chromium.driver().findElement(By.id("indicators0.unit")).sendKeys("usul");
		this.pages.click(chromium.driver().findElement(By.id("submit")));
		assertThat(this.pages.waitFor(By.id("rhk-table")).getText())
			.contains("Pelayanan kepegawaian yang cepat dan tepat");
		assertThat(this.pages.waitFor(By.id("hints")).getText()).contains("SKP atasan untuk RHK 1 belum disetujui");

		// The head submits; the Sekda approves from the waiting list.
		this.pages.signIn(KABAN, DemoAgencyTest.PASSWORD);
		this.pages.open(kabanPlan);
		this.pages.click(this.pages.waitFor(By.id("submit-skp")));
		assertThat(this.pages.waitFor(By.id("skp-status")).getText()).isEqualTo("Diajukan");
		this.pages.signIn(PlanChain.SEKDA, DemoAgencyTest.PASSWORD);
		this.pages.open("/skp?year=" + year);
		// The head's plan is in the Sekda's waiting list (with the demo's own submitted
		// plans;
		// the htmx sections below keep moving the page, so the link's address is
		// followed).
		this.pages.waitFor(By.cssSelector("#waiting .waiting-plan a[href='" + kabanPlan + "']"));
		this.pages.open(kabanPlan);
		this.pages.click(this.pages.waitFor(By.id("approve-skp")));
		assertThat(this.pages.waitFor(By.id("skp-status")).getText()).isEqualTo("Disetujui");

		// On a phone the plan reads as cards, nothing scrolls sideways.
		chromium.driver().manage().window().setSize(PHONE);
		this.pages.open(kabanPlan);
		this.pages.waitFor(By.id("rhk-table"));
		this.pages.assertNoHorizontalScroll("the plan at 360 px");
		this.pages.screenshot("plan-phone");
		this.pages.open(kabanPlan + "?lang=en");
		assertThat(this.pages.waitFor(By.id("skp-status")).getText()).isEqualTo("Approved");
		this.pages.open(kabanPlan + "?lang=id");
	}

}

package id.kinerja.monitoring.dialogue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.kinerja.monitoring.dialogue.DialogueFixture.ANALIS;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KASUBBID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A supervisor schedules a dialogue and agrees an action in a real headless Chromium; the
 * employee, on a phone, marks it done in place (htmx) and nothing scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class DialogueBrowserTests {

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
		this.pages = new BrowserPages(chromium.driver(), this.port, "dialogue");
		chromium.driver().manage().window().setSize(new Dimension(1280, 900));
	}

	void set(String id, String value) {
		((JavascriptExecutor) chromium.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
	}

	@Test
	void aSupervisorAgreesAnActionAndTheEmployeeMarksItDoneOnAPhone() {
		LocalDate soon = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
		this.pages.signIn(KASUBBID, DemoAgencyTest.PASSWORD);
		this.pages.open("/dialogues");
		new Select(this.pages.waitFor(By.id("employeeNip"))).selectByValue(ANALIS);
		set("scheduledAt", soon + "T09:00");
		chromium.driver().findElement(By.id("agenda")).sendKeys("Capaian bulan ini");
		this.pages.click(chromium.driver().findElement(By.id("schedule")));
		assertThat(this.pages.waitFor(By.id("agenda")).getText()).isEqualTo("Capaian bulan ini");
		String dialogue = this.pages.path();
		this.pages.waitFor(By.id("text")).sendKeys("Mengirim data pendukung");
		set("dueDate", soon.plusDays(7).toString());
		this.pages.click(chromium.driver().findElement(By.id("add-action")));
		assertThat(this.pages.waitFor(By.id("notice")).getText()).isEqualTo("Kesepakatan tindak lanjut disimpan.");

		this.pages.signIn(ANALIS, DemoAgencyTest.PASSWORD);
		chromium.driver().manage().window().setSize(PHONE);
		this.pages.open("/dialogues");
		assertThat(this.pages.waitFor(By.id("open-actions")).getText()).contains("Mengirim data pendukung");
		this.pages.assertNoHorizontalScroll("the dialogues at 360 px");
		this.pages.open(dialogue);
		this.pages.waitFor(By.cssSelector(".dialogue-action"));
		this.pages.assertNoHorizontalScroll("a dialogue at 360 px");
		this.pages.screenshot("dialogue-phone");
		chromium.driver().findElement(By.cssSelector(".follow-up-form input[name=note]")).sendKeys("Sudah dikirim");
		this.pages.click(chromium.driver().findElement(By.cssSelector(".follow-up-form button[value=DONE]")));
		new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".dialogue-action .action-status"), "Selesai"));
		assertThat(chromium.driver().findElement(By.cssSelector(".dialogue-action")).getText())
			.contains("Catatan: Sudah dikirim");
		assertThat(chromium.driver().findElements(By.cssSelector(".follow-up-form"))).isEmpty();
		this.pages.open("/coaching");
		this.pages.waitFor(By.id("coaching-heading"));
		this.pages.assertNoHorizontalScroll("the coaching page at 360 px");
	}

}

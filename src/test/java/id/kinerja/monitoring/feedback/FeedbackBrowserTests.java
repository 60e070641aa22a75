package id.kinerja.monitoring.feedback;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.kinerja.monitoring.feedback.FeedbackFixture.ANALIS;
import static id.kinerja.monitoring.feedback.FeedbackFixture.KASUBBID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On a phone (360 px) in a real headless Chromium: the supervisor opens the analyst's
 * plan, the feedback panel loads by itself, the supervisor writes through it (an htmx
 * post carrying the CSRF token), the analyst reads it on the plan and replies in place.
 * Uses the demo's seeded plan of the analyst in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class FeedbackBrowserTests {

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium chromium;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

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
		this.pages = new BrowserPages(chromium.driver(), this.port, "feedback");
	}

	/**
	 * Sign in at desktop width (the navigation collapses on a phone), then turn into a
	 * phone.
	 */
	private void signInOnAPhone(String username) {
		chromium.driver().manage().window().setSize(DESKTOP);
		this.pages.signIn(username, DemoAgencyTest.PASSWORD);
		chromium.driver().manage().window().setSize(PHONE);
	}

	@Test
	void supervisorWritesInThePanelAndTheAnalystRepliesOnAPhone() {
		long skp = this.jdbc.sql("""
				SELECT s.id FROM skp s JOIN employee e ON e.id = s.employee_id
				WHERE e.nip = :nip ORDER BY s.skp_year DESC, s.id DESC""")
			.param("nip", ANALIS)
			.query(Long.class)
			.list()
			.get(0);
		WebDriverWait wait = new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10));

		signInOnAPhone(KASUBBID);
		this.pages.open("/skp/" + skp);
		WebElement text = this.pages.waitFor(By.cssSelector(".feedback-form textarea[name=text]"));
		this.pages.click(text);
		text.sendKeys("Pertahankan ketepatan laporan bulanan.");
		this.pages.click(chromium.driver().findElement(By.cssSelector(".feedback-form button[type=submit]")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-notice")));
		assertThat(chromium.driver().findElement(By.cssSelector(".feedback-list")).getText())
			.contains("Pertahankan ketepatan laporan bulanan.");
		this.pages.assertNoHorizontalScroll("the plan with its feedback panel at 360 px");
		this.pages.screenshot("supervisor-panel");

		signInOnAPhone(ANALIS);
		this.pages.open("/skp/" + skp);
		WebElement reply = this.pages.waitFor(By.cssSelector(".feedback-reply-form input[name=text]"));
		assertThat(chromium.driver().findElement(By.cssSelector(".feedback-list")).getText())
			.contains("Pertahankan ketepatan laporan bulanan.");
		this.pages.click(reply);
		reply.sendKeys("Siap, terima kasih.");
		this.pages.click(chromium.driver().findElement(By.cssSelector(".feedback-reply-form button[type=submit]")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feedback-replies"),
				"Siap, terima kasih."));
		this.pages.assertNoHorizontalScroll("the owner's feedback panel at 360 px");
		this.pages.screenshot("owner-reply");

		this.pages.open("/feedback");
		this.pages.waitFor(By.id("feedback-heading"));
		assertThat(chromium.driver().findElement(By.id("received")).getText()).contains("Siap, terima kasih.");
		this.pages.assertNoHorizontalScroll("the feedback inbox at 360 px");
		this.pages.screenshot("inbox");
	}

}

package id.kinerja.monitoring.board;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.BrowserPages;
import id.kinerja.DemoAgencyTest;
import id.kinerja.HeadlessChromium;
import id.kinerja.live.internal.LiveHub;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.kinerja.monitoring.board.BoardFixture.KABAN;
import static id.kinerja.monitoring.board.BoardFixture.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live board in a real headless Chromium: the Sekda keeps the team board open while
 * the Kepala BKPSDM submits a plan through the API in a session of their own; the row
 * changes without a reload. The same for the owner's standing when the plan is approved.
 * Years 2084–2085.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class TeamBoardBrowserTests {

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(360, 740);

	private static @Nullable String missing;

	private static @Nullable HeadlessChromium chromium;

	@LocalServerPort
	private int port;

	@Autowired
	private LiveHub hub;

	@Autowired
	private JdbcClient jdbc;

	private BrowserPages pages;

	private final HttpClient http = HttpClient.newHttpClient();

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
		this.pages = new BrowserPages(chromium.driver(), this.port, "team");
		chromium.driver().manage().window().setSize(DESKTOP);
	}

	/** Call the JSON API over HTTP as the account; return the answer's body. */
	String api(String username, String path, String body) throws Exception {
		String bearer = id.kinerja.live.SseClient.bearer(this.port, username, DemoAgencyTest.PASSWORD);
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", bearer)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("%s %s", path, answer.body()).isBetween(200, 201);
		return answer.body();
	}

	long draftPlan(String nip, int year) throws Exception {
		long plan = ((Number) JsonPath.read(api(nip, "/api/v1/skp", "{\"nip\":\"" + nip + "\",\"year\":" + year + "}"),
				"$.id"))
			.longValue();
		api(nip, "/api/v1/skp/" + plan + "/rhk", """
				{"text":"Layanan kepegawaian yang tepat waktu","kind":"UTAMA","supervisorRhkId":null,
				 "perspective":"PENERIMA_LAYANAN","indicators":[{"text":"Usul layanan selesai tepat waktu",
				 "aspect":"KUANTITAS","target":"300","unit":"usul"}]}""");
		return plan;
	}

	long userId(String username) {
		return this.jdbc.sql("SELECT id FROM user_account WHERE username = :name")
			.param("name", username)
			.query(Long.class)
			.single();
	}

	/** Wait until this page's stream is open on the server. */
	void waitUntilListening(String username) {
		long user = userId(username);
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).withMessage("the page never opened /live")
			.until((driver) -> this.hub.connections(user) > 0);
	}

	String text(String css) {
		return this.pages.waitFor(By.cssSelector(css)).getText();
	}

	void waitForText(String css, String expected) {
		// The swap replaces the element while it is read: look it up again each time.
		new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.withMessage(() -> css + " should read " + expected)
			.until((driver) -> expected.equals(driver.findElement(By.cssSelector(css)).getText()));
	}

	@Test
	void theTeamBoardShowsASubmissionWithoutAReload() throws Exception {
		int year = 2084;
		long plan = draftPlan(KABAN, year);
		this.pages.signIn(SEKDA, DemoAgencyTest.PASSWORD);
		this.pages.click(this.pages.waitFor(By.id("nav-team")));
		this.pages.waitForPath("/team");
		this.pages.open("/team?year=" + year);
		String row = "#member-" + KABAN;
		assertThat(text(row + " .member-skp")).isEqualTo("Draf");
		JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
		js.executeScript("window.liveMarker = 'kept';");
		waitUntilListening(SEKDA);

		api(KABAN, "/api/v1/skp/" + plan + "/submit", "{}");
		waitForText(row + " .member-skp", "Diajukan");
		assertThat(js.executeScript("return window.liveMarker;")).as("the page was not reloaded").isEqualTo("kept");
		assertThat(text(row + " .member-overdue")).contains("SKP menunggu persetujuan");
		this.pages.screenshot("board-live");

		// On a phone the rows are stacked cards and nothing scrolls sideways.
		chromium.driver().manage().window().setSize(PHONE);
		this.pages.open("/team?year=" + year);
		this.pages.waitFor(By.cssSelector(row));
		this.pages.assertNoHorizontalScroll("the team board at 360 px");
		this.pages.screenshot("board-phone");
	}

	@Test
	void theOwnStandingShowsAnApprovalWithoutAReload() throws Exception {
		int year = 2085;
		long plan = draftPlan(KABAN, year);
		api(KABAN, "/api/v1/skp/" + plan + "/submit", "{}");
		this.pages.signIn(KABAN, DemoAgencyTest.PASSWORD);
		this.pages.open("/me/standing?year=" + year);
		assertThat(text("#standing-skp")).isEqualTo("Diajukan");
		JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
		js.executeScript("window.liveMarker = 'kept';");
		waitUntilListening(KABAN);

		api(SEKDA, "/api/v1/skp/" + plan + "/approve", "{}");
		waitForText("#standing-skp", "Disetujui");
		assertThat(js.executeScript("return window.liveMarker;")).as("the page was not reloaded").isEqualTo("kept");
		chromium.driver().manage().window().setSize(PHONE);
		this.pages.assertNoHorizontalScroll("the standing at 360 px");
		this.pages.screenshot("standing-phone");
	}

}

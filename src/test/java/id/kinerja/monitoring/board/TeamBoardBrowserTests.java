package id.kinerja.monitoring.board;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.BrowserPages;
import id.kinerja.DemoAgencyTest;
import id.kinerja.HeadlessChromium;
import id.kinerja.TestClock;
import id.kinerja.live.internal.LiveHub;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.kinerja.monitoring.board.BoardFixture.ANALIS;
import static id.kinerja.monitoring.board.BoardFixture.KABAN;
import static id.kinerja.monitoring.board.BoardFixture.KASUBBID;
import static id.kinerja.monitoring.board.BoardFixture.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live board in a real headless Chromium: the Sekda keeps the team board open while
 * the Kepala BKPSDM submits a plan through the API in a session of their own, the row
 * changes without a reload; the Kepala Subbidang's board shows the analyst's realisation
 * as it is submitted, and the analyst's standing as it is acknowledged. Years 2084–2085.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
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

	@Autowired
	private MockMvc mvc;

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
	void theBoardAndTheStandingShowARealisationWithoutAReload() throws Exception {
		int year = 2085;
		PlanChain chain = new PlanChain(this.mvc);
		long kasubbidRhk = chain.approvedChainToKasubbid(year);
		long plan = chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, year, """
				{"text":"Rekap penilaian","kind":"UTAMA","supervisorRhkId":%d,"indicators":[
				 {"text":"Rekap selesai","aspect":"KUANTITAS","target":"10","unit":"rekap"}]}""");
		Number indicator = JsonPath.read(chain.read(ANALIS, plan).andReturn().getResponse().getContentAsString(),
				"$.rhk[0].indicators[0].id");
		try {
			TestClock.pin(LocalDate.of(year, 3, 3));
			chain.send(ANALIS, "/api/v1/skp/{id}/realisations", """
					{"period":"2085-02","indicatorId":%d,"value":"10"}""".formatted(indicator.longValue()), plan)
				.andExpect(status().is2xxSuccessful());
			this.pages.signIn(KASUBBID, DemoAgencyTest.PASSWORD);
			this.pages.open("/team?year=" + year + "&period=2085-02");
			String row = "#member-" + ANALIS;
			assertThat(text(row + " .member-report")).isEqualTo("Draf");
			JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
			js.executeScript("window.liveMarker = 'kept';");
			waitUntilListening(KASUBBID);

			chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", plan, "2085-02").andExpect(status().isOk());
			waitForText(row + " .member-report", "Diajukan");
			assertThat(js.executeScript("return window.liveMarker;")).as("the board was not reloaded")
				.isEqualTo("kept");
			assertThat(text(row + " .member-overdue")).contains("Realisasi 2085-02 menunggu persetujuan");

			// The owner's standing turns when the supervisor acknowledges.
			this.pages.signIn(ANALIS, DemoAgencyTest.PASSWORD);
			this.pages.open("/me/standing?year=" + year + "&period=2085-02");
			assertThat(text("#standing-report")).isEqualTo("Diajukan");
			js.executeScript("window.liveMarker = 'kept';");
			waitUntilListening(ANALIS);
			chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", plan, "2085-02")
				.andExpect(status().isOk());
			waitForText("#standing-report", "Disetujui");
			assertThat(js.executeScript("return window.liveMarker;")).as("the standing was not reloaded")
				.isEqualTo("kept");
			chromium.driver().manage().window().setSize(PHONE);
			this.pages.assertNoHorizontalScroll("the standing at 360 px");
			this.pages.screenshot("standing-phone");
		}
		finally {
			TestClock.reset();
		}
	}

}

package id.kinerja.monitoring.machine;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Admin BKPSDM registers a machine client on a phone in a real headless Chromium: the
 * token is shown once, the page does not scroll sideways, and deactivating asks first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class MachineClientBrowserTests {

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
		this.pages = new BrowserPages(chromium.driver(), this.port, "machine");
		chromium.driver().manage().window().setSize(DESKTOP);
	}

	@Test
	void anAdminRegistersAClientOnAPhone() {
		this.pages.signIn("admin", DemoAgencyTest.PASSWORD);
		chromium.driver().manage().window().setSize(PHONE);
		this.pages.open("/admin/machine-clients");
		this.pages.waitFor(By.id("name")).sendKeys("antrean-loket");
		chromium.driver().findElement(By.id("description")).sendKeys("Sistem antrean loket pelayanan");
		this.pages.click(chromium.driver().findElement(By.id("register-client")));
		String token = this.pages.waitFor(By.id("token-value")).getDomProperty("value");
		assertThat(token).matches("kmc_[A-Za-z0-9_-]{43}");
		assertThat(this.pages.waitFor(By.id("issued-token")).getText()).contains("Klien antrean-loket terdaftar.");
		assertThat(this.pages.waitFor(By.cssSelector(".machine-client .client-status")).getText()).isEqualTo("Aktif");
		this.pages.assertNoHorizontalScroll("the machine clients page at 360 px");
		this.pages.screenshot("registered-phone");
		// Deactivating asks once before it is done.
		this.pages.click(chromium.driver().findElement(By.cssSelector(".deactivate summary")));
		this.pages.click(this.pages.waitFor(By.cssSelector(".confirm-deactivate")));
		assertThat(this.pages.waitFor(By.id("notice")).getText()).isEqualTo("Klien antrean-loket dinonaktifkan.");
		assertThat(this.pages.waitFor(By.cssSelector(".machine-client .client-status")).getText())
			.isEqualTo("Nonaktif");
		// Once left, the page never shows the token again.
		assertThat(chromium.driver().getPageSource()).doesNotContain(token.substring(8));
		this.pages.open("/admin/machine-clients?lang=en");
		assertThat(this.pages.waitFor(By.id("machine-heading")).getText()).isEqualTo("Machine clients");
		this.pages.open("/admin/machine-clients?lang=id");
	}

}

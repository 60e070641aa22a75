package id.kinerja;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Selenium, with both binary paths given so
 * that Selenium Manager never runs, the flags this machine needs, and a throw-away
 * profile folder deleted on close. Browser tests skip without Chromium on a developer
 * machine and fail on CI.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final Path userDataDir;

	private final WebDriver driver;

	private HeadlessChromium(Path userDataDir, WebDriver driver) {
		this.userDataDir = userDataDir;
		this.driver = driver;
	}

	/**
	 * Return why a browser cannot run here (null when it can); on CI ({@code CI=true}) a
	 * missing browser fails the test instead.
	 */
	public static @Nullable String unavailable() {
		List<String> absent = Arrays.stream(new File[] { CHROMIUM, CHROMEDRIVER })
			.filter((file) -> !file.canExecute())
			.map(File::getPath)
			.toList();
		if (absent.isEmpty()) {
			return null;
		}
		String reason = String.join(" and ", absent)
				+ " not found; install them with: apt-get install -y chromium chromium-driver";
		if ("true".equals(System.getenv("CI"))) {
			fail("Browser tests cannot run on CI: " + reason);
		}
		return reason;
	}

	/** Start a browser with a fresh profile. */
	public static HeadlessChromium start() throws IOException {
		Path userDataDir = Files.createTempDirectory("kinerja-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--window-size=1280,900", "--user-data-dir=" + userDataDir.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(userDataDir, new ChromeDriver(service, options));
	}

	/** Return the driver. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Quit the browser and delete its profile. */
	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.userDataDir);
		}
	}

}

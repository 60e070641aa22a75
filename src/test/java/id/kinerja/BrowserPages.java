package id.kinerja;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser test does on a page, in one place: sign in through the form, wait for an
 * element or a path, click what may be below the fold, check that nothing scrolls
 * sideways, keep a screenshot under {@code target/screenshots}.
 */
public final class BrowserPages {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String base;

	private final String prefix;

	public BrowserPages(WebDriver driver, int port, String screenshotPrefix) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		this.base = "http://127.0.0.1:" + port;
		this.prefix = screenshotPrefix;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.base + path);
	}

	/**
	 * Sign in through the form and wait until a page shows who is signed in (the home
	 * page, or the page a sign-in was asked for).
	 */
	public void signIn(String username, String password) {
		this.driver.manage().deleteAllCookies();
		open("/login");
		WebElement user = waitFor(By.id("username"));
		user.clear();
		user.sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		WebElement button = this.driver.findElement(By.id("sign-in"));
		button.click();
		this.wait.until(ExpectedConditions.stalenessOf(button));
		waitFor(By.id("signed-in-as"));
	}

	public WebElement waitFor(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public void waitForPath(String path) {
		this.wait.withMessage(() -> "expected path " + path + " but the browser is at " + this.driver.getCurrentUrl())
			.until((d) -> path.equals(URI.create(this.driver.getCurrentUrl()).getPath()));
	}

	/** Return the path the browser shows now. */
	public String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	/**
	 * Bring the element to the middle of the screen first: on a phone it may be below the
	 * fold.
	 */
	public void click(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
		element.click();
	}

	public void assertNoHorizontalScroll(String page) {
		assertNoHorizontalScroll(this.driver, page);
	}

	/**
	 * Assert that the page does not scroll sideways, naming the elements that reach past
	 * the right edge when it does.
	 */
	public static void assertNoHorizontalScroll(WebDriver driver, String page) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
		String widest = (String) js.executeScript("""
				var limit = document.documentElement.clientWidth, found = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.right > limit + 0.5) {
				    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' right=' + Math.round(r.right));
				  }
				});
				return found.slice(0, 10).join('; ');
				""");
		assertThat(scrollWidth).as("horizontal scroll on %s; elements past the right edge: %s", page, widest)
			.isLessThanOrEqualTo(innerWidth);
	}

	public void screenshot(String name) {
		File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(this.prefix + "-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
		finally {
			shot.delete();
		}
	}

}

package id.kinerja;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in {@link DemoAgencyTest} contexts: the system's time unless a test
 * pins it, so that a test can stand on a day of a far year (whose periods are open only
 * then) without touching the years of other tests. Test classes run one after another; a
 * test that pins the clock resets it when it ends.
 */
public final class TestClock extends Clock {

	private static volatile @Nullable Instant pinned;

	/** Stand on the given day, at 10:00 in Jakarta (03:00 UTC). */
	public static void pin(LocalDate day) {
		pin(day.atTime(LocalTime.of(3, 0)).toInstant(ZoneOffset.UTC));
	}

	/** Stand at the given instant. */
	public static void pin(Instant instant) {
		pinned = instant;
	}

	/** Follow the system's time again. */
	public static void reset() {
		pinned = null;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant at = pinned;
		return (at != null) ? at : Instant.now();
	}

	/** Makes the test clock the app's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		Clock testClock() {
			return new TestClock();
		}

	}

}

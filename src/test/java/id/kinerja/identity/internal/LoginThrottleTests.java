package id.kinerja.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(null,
			new LoginThrottleProperties(5, Duration.ofSeconds(5), 10, Duration.ofMinutes(15)), Clock.systemUTC());

	@Test
	void letsTheFirstMistakesPassWithoutWaiting() {
		for (int failures = 1; failures <= 4; failures++) {
			assertThat(this.throttle.waitAfter(failures)).isZero();
		}
	}

	@Test
	void doublesTheWaitWithEveryFurtherMistake() {
		assertThat(this.throttle.waitAfter(5)).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.throttle.waitAfter(6)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.throttle.waitAfter(9)).isEqualTo(Duration.ofSeconds(80));
	}

	@Test
	void locksAfterTheLimit() {
		assertThat(this.throttle.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.throttle.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void roundsTheRemainingWaitUp() {
		java.time.Instant now = java.time.Instant.parse("2026-11-23T10:00:00Z");
		LoginThrottle.AccountState state = new LoginThrottle.AccountState(1, 1, true, now.plusMillis(4_200));
		assertThat(state.secondsLeft(now)).isEqualTo(5);
		assertThat(new LoginThrottle.AccountState(1, 1, true, now.minusSeconds(1)).secondsLeft(now)).isZero();
		assertThat(new LoginThrottle.AccountState(1, 1, true, null).secondsLeft(now)).isZero();
	}

}

package id.kinerja.shared.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.kinerja.DemoAgencyTest;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DemoAgencyTest
class SchedulerLockIntegrationTests {

	@Autowired
	LockProvider locks;

	LockConfiguration job(String name) {
		return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
	}

	@Test
	void letsOnlyOneNodeRunAJobAtATime() {
		Optional<SimpleLock> first = this.locks.lock(job("reminders"));
		assertThat(first).isPresent();
		assertThat(this.locks.lock(job("reminders"))).as("a second node asking while the job runs").isEmpty();
		assertThat(this.locks.lock(job("other-job"))).as("another job is not blocked").isPresent();
		first.get().unlock();
		assertThat(this.locks.lock(job("reminders"))).as("after the run, the next one may start").isPresent();
	}

}

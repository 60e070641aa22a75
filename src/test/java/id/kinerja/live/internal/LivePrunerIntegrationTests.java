package id.kinerja.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import id.kinerja.DemoAgencyTest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DemoAgencyTest
class LivePrunerIntegrationTests {

	@Autowired
	LivePruner pruner;

	@Autowired
	JdbcClient jdbc;

	long insert(Instant at, String topic) {
		this.jdbc.sql("INSERT INTO live_event (agency_id, topic, created_at) VALUES (1, :topic, :at)")
			.param("topic", topic)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM live_event WHERE topic = :topic")
			.param("topic", topic)
			.query(Long.class)
			.single();
	}

	boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM live_event WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	@Test
	void prunesRowsOlderThanTheRetentionAndKeepsRecentOnes() {
		long old = insert(Instant.now().minus(Duration.ofHours(2)), "employee:prune-old");
		long recent = insert(Instant.now().minus(Duration.ofMinutes(5)), "employee:prune-recent");
		// A run in the last minute (the other test, or the schedule) still holds the
		// lock: release it as its expiry would. Deleting the row would not do: ShedLock
		// remembers that the row exists and only updates it.
		this.jdbc.sql("UPDATE shedlock SET lock_until = :past WHERE name = 'live-event-prune'")
			.param("past", Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.update();
		this.pruner.prune();
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
	}

	@Test
	void runsOnceAcrossNodesUnderASchedulerLock() throws NoSuchMethodException {
		SchedulerLock lock = LivePruner.class.getDeclaredMethod("prune").getAnnotation(SchedulerLock.class);
		assertThat(lock).isNotNull();
		assertThat(lock.name()).isEqualTo("live-event-prune");
		this.pruner.prune();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'live-event-prune'")
			.query(Long.class)
			.single()).as("the run took the lock in the database").isEqualTo(1);
	}

}

package id.kinerja.live.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes live rows older than the retention (an hour by default): every node has long
 * since polled them. Runs every ten minutes, once across the nodes: the lock is held for
 * at least a minute, so a node whose clock or scheduler is a little late finds it taken
 * and skips the run instead of repeating it.
 */
@Component
class LivePruner {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	LivePruner(JdbcClient jdbc, Clock clock, @Value("${kinerja.live.retention:PT1H}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	/** Delete the old rows. */
	@Scheduled(cron = "${kinerja.live.prune-cron:0 */10 * * * *}")
	@SchedulerLock(name = "live-event-prune", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
	public void prune() {
		this.jdbc.sql("DELETE FROM live_event WHERE created_at < :cutoff")
			.param("cutoff", this.clock.instant().minus(this.retention).atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

}

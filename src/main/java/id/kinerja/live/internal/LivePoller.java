package id.kinerja.live.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads new rows of {@code live_event} about twice a second and hands them to the hub.
 * Starts above the highest id at start-up. An id is taken when a row is inserted but seen
 * only when its transaction commits, so a lower id can appear after a higher one: the ids
 * skipped over are asked for again for a few seconds (a rolled-back row never shows and
 * is forgotten).
 */
@Component
class LivePoller {

	private static final int BATCH = 5000;

	private static final int MAX_GAPS = 2000;

	private static final Duration GAP_WAIT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final LiveHub hub;

	private final Clock clock;

	private static final Logger log = LoggerFactory.getLogger(LivePoller.class);

	private long lastSeen = -1;

	private @Nullable Instant lastWarning;

	/** Skipped ids and when they were first skipped. */
	private final Map<Long, Instant> gaps = new LinkedHashMap<>();

	LivePoller(JdbcClient jdbc, LiveHub hub) {
		this.jdbc = jdbc;
		this.hub = hub;
		// System time: how long a skipped id is waited for has nothing to do with the
		// business clock.
		this.clock = Clock.systemUTC();
	}

	@Scheduled(fixedDelayString = "${kinerja.live.poll-millis:500}")
	synchronized void poll() {
		try {
			pollOnce();
		}
		catch (DataAccessException ex) {
			// The database is away for a moment (or the app is stopping): try again next
			// time, and say so at most once a minute.
			Instant now = this.clock.instant();
			if (this.lastWarning == null || this.lastWarning.plusSeconds(60).isBefore(now)) {
				this.lastWarning = now;
				log.warn("Could not poll the live events: {}", ex.getMostSpecificCause().getMessage());
			}
		}
	}

	private void pollOnce() {
		if (this.lastSeen < 0 || this.hub.idle()) {
			// Nobody listens on this node: nothing to send, only keep up.
			this.lastSeen = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM live_event").query(Long.class).single();
			this.gaps.clear();
			return;
		}
		List<LiveHub.Row> rows = new ArrayList<>();
		Instant now = this.clock.instant();
		this.gaps.values().removeIf((since) -> since.plus(GAP_WAIT).isBefore(now));
		if (!this.gaps.isEmpty()) {
			rows.addAll(this.jdbc.sql("SELECT id, agency_id, topic FROM live_event WHERE id IN (:ids) ORDER BY id")
				.paramSource(new MapSqlParameterSource("ids", List.copyOf(this.gaps.keySet())))
				.query((rs, row) -> new LiveHub.Row(rs.getLong(1), rs.getLong(2), rs.getString(3)))
				.list());
			rows.forEach((row) -> this.gaps.remove(row.id()));
		}
		List<LiveHub.Row> fresh = this.jdbc
			.sql("SELECT id, agency_id, topic FROM live_event WHERE id > :last ORDER BY id FETCH FIRST " + BATCH
					+ " ROWS ONLY")
			.param("last", this.lastSeen)
			.query((rs, row) -> new LiveHub.Row(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		long expected = this.lastSeen + 1;
		for (LiveHub.Row row : fresh) {
			for (long skipped = expected; skipped < row.id() && this.gaps.size() < MAX_GAPS; skipped++) {
				this.gaps.put(skipped, now);
			}
			expected = row.id() + 1;
		}
		if (!fresh.isEmpty()) {
			this.lastSeen = fresh.get(fresh.size() - 1).id();
		}
		rows.addAll(fresh);
		if (!rows.isEmpty()) {
			this.hub.deliver(rows);
		}
	}

	@Scheduled(fixedRateString = "${kinerja.live.heartbeat-millis:20000}")
	void heartbeat() {
		this.hub.heartbeat();
	}

}

package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.kinerja.planning.Aspect;
import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.JdbcBatches.Column;
import id.kinerja.shared.Seeds;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a year of monitoring at once for the approved plans of a demo or generated
 * agency: for every period whose deadline has passed, a realisation of each indicator,
 * submitted a little before the deadline and mostly acknowledged (a few left waiting, a
 * few never sent); for the open period a mix of submitted, drafted and untouched; below
 * target, the obstacle, cause and fix; and the last weeks of daily logs. Deterministic
 * for a seed: every draw comes from the seed, the employee's NIP and its purpose, never
 * from a database id. Rows go in through multi-row batches, each described to the audit
 * trail, a chunk of plans per transaction (joining the caller's transaction when there is
 * one, as the demo seeder's); not for people's own use (nothing checks the actor).
 */
@Component
public class MonitoringLoader {

	private static final List<Column> REPORT_COLUMNS = JdbcBatches.columns("agency_id:B", "skp_id:B", "employee_id:B",
			"period_code:V", "period_start:D", "period_end:D", "status:V", "submitted_at:T", "submitted_late:Z",
			"decided_at:T", "decided_by_id:B", "return_note:V", "created_at:T", "created_by:V", "updated_at:T",
			"updated_by:V", "version:B");

	private static final List<Column> REALISATION_COLUMNS = JdbcBatches.columns("agency_id:B", "report_id:B",
			"skp_id:B", "rhk_id:B", "indicator_id:B", "value_number:N", "value_text:V", "achievement:N", "budget:N",
			"note:V", "obstacle:V", "obstacle_cause:V", "planned_fix:V", "source:V", "source_client:V", "created_at:T",
			"created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> LOG_COLUMNS = JdbcBatches.columns("agency_id:B", "employee_id:B", "log_date:D",
			"activity:V", "output:V", "quantity:N", "output_unit:V", "rhk_id:B", "voided:Z", "created_at:T",
			"created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final String[] OBSTACLES = { "Data dari unit kerja terlambat diterima",
			"Aplikasi pendukung sempat tidak dapat diakses", "Sebagian pegawai sedang mengikuti diklat",
			"Pengadaan barang pendukung mundur" };

	private static final String[] CAUSES = { "Jadwal pengiriman data belum disepakati",
			"Gangguan jaringan di kantor selama beberapa hari", "Beban kerja bertumpuk menjelang akhir bulan",
			"Proses lelang harus diulang" };

	private static final String[] FIXES = { "Menyepakati jadwal pengiriman data mingguan",
			"Menyiapkan formulir luring sebagai cadangan", "Membagi tugas ulang dalam tim",
			"Menjadwalkan ulang kegiatan pada bulan berikutnya" };

	private static final List<Column> FEEDBACK_COLUMNS = JdbcBatches.columns("agency_id:B", "skp_id:B", "owner_id:B",
			"target_kind:V", "rhk_id:B", "core_value:V", "realisation_id:B", "author_id:B", "author_role:V", "body:V",
			"created_at:T", "created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final String[] FEEDBACK = { "Capaian bulan ini baik, pertahankan ketepatan waktunya.",
			"Tolong lampirkan bukti dukung yang lebih lengkap untuk periode berikutnya.",
			"Kendala sudah dijelaskan dengan jelas; rencana perbaikannya saya dukung.",
			"Perlu koordinasi lebih awal dengan unit lain agar target tidak tertinggal." };

	private static final String[] ACTIVITIES = { "Mengumpulkan dan memeriksa data untuk", "Menyusun konsep untuk",
			"Rapat koordinasi tentang", "Memverifikasi berkas untuk", "Memperbaiki laporan untuk",
			"Melayani konsultasi terkait" };

	/** How many plans go in at once. */
	static final int CHUNK = 2_000;

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final Deadlines deadlines;

	private final ChangeLog changes;

	private final Clock clock;

	private final TransactionTemplate transactions;

	MonitoringLoader(JdbcTemplate jdbc, JdbcClient client, Deadlines deadlines, ChangeLog changes, Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.client = client;
		this.deadlines = deadlines;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * What was stored.
	 *
	 * @param reports realisation reports
	 * @param realisations realisations
	 * @param logs daily log entries
	 * @param feedback feedback given by the pejabat penilai
	 */
	public record Stored(int reports, int realisations, int logs, int feedback) {
	}

	private record Line(long skpId, long employeeId, String nip, LocalDate start, LocalDate end,
			@Nullable Long appraiserId, long rhkId, String rhkText, long indicatorId, @Nullable String aspect,
			String target, @Nullable String unit) {
	}

	/**
	 * Store realisations of the approved plans of the year up to the given day, and the
	 * daily logs of the last {@code logDays} working days before it.
	 */
	public Stored load(long agencyId, int year, LocalDate today, int logDays, long seed) {
		List<Long> planIds = this.client.sql("""
				SELECT s.id FROM skp s
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED'
				ORDER BY s.id
				""").param(agencyId).param(year).query(Long.class).list();
		List<ReportingPeriod> periods = this.deadlines.periodsOf(agencyId, year);
		// The standard deadline depends on the period only: ask once per period, not once
		// per plan and period (a query each, which took most of a province's load).
		Map<String, LocalDate> deadlineOf = new HashMap<>();
		for (ReportingPeriod period : periods) {
			deadlineOf.put(period.code(), this.deadlines.standardDeadline(agencyId, period));
		}
		// A province's year does not fit in memory at once: plans go in chunks, each
		// streamed to the database, committed and dropped before the next.
		int[] totals = new int[4];
		for (int from = 0; from < planIds.size(); from += CHUNK) {
			List<Long> chunk = planIds.subList(from, Math.min(planIds.size(), from + CHUNK));
			Stored stored = this.transactions.execute((status) -> loadChunk(agencyId, year, chunk.get(0),
					chunk.get(chunk.size() - 1), today, logDays, seed, periods, deadlineOf));
			totals[0] += stored.reports();
			totals[1] += stored.realisations();
			totals[2] += stored.logs();
			totals[3] += stored.feedback();
		}
		return new Stored(totals[0], totals[1], totals[2], totals[3]);
	}

	private Stored loadChunk(long agencyId, int year, long firstPlan, long lastPlan, LocalDate today, int logDays,
			long seed, List<ReportingPeriod> periods, Map<String, LocalDate> deadlineOf) {
		List<Line> lines = this.client.sql("""
				SELECT s.id, s.employee_id, e.nip, s.start_date, s.end_date, s.appraiser_id, r.id, r.text, i.id,
				       i.aspect, i.target, i.target_unit
				FROM skp s
				JOIN employee e ON e.id = s.employee_id
				JOIN rhk r ON r.skp_id = s.id AND r.removed = FALSE
				JOIN indicator i ON i.rhk_id = r.id AND i.removed = FALSE
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED' AND s.id BETWEEN ? AND ?
				ORDER BY s.id, r.position_no, i.position_no
				""")
			.param(agencyId)
			.param(year)
			.param(firstPlan)
			.param(lastPlan)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class), (Long) rs.getObject(6, Long.class), rs.getLong(7),
					rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11), rs.getString(12)))
			.list();
		Map<Long, List<Line>> byPlan = new LinkedHashMap<>();
		lines.forEach((line) -> byPlan.computeIfAbsent(line.skpId(), (key) -> new ArrayList<>()).add(line));
		String actor = Actor.currentName();
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		ZoneId zone = this.deadlines.zone();

		List<Object[]> reports = new ArrayList<>();
		List<List<Object[]>> reportLines = new ArrayList<>();
		for (List<Line> plan : byPlan.values()) {
			Line head = plan.get(0);
			Random random = Seeds.random(seed, head.nip() + "/" + head.start(), "realisations");
			Map<Long, BigDecimal> cumulative = new HashMap<>();
			for (ReportingPeriod period : periods) {
				if (!period.overlaps(head.start(), head.end()) || period.start().isAfter(today)) {
					continue;
				}
				LocalDate deadline = deadlineOf.get(period.code());
				boolean closed = deadline.isBefore(today);
				int roll = random.nextInt(100);
				String status;
				if (closed) {
					status = (roll < 90) ? "ACKNOWLEDGED" : (roll < 94) ? "SUBMITTED" : null;
				}
				else {
					status = (roll < 40) ? "SUBMITTED" : (roll < 70) ? "DRAFT" : null;
				}
				if (status == null) {
					continue;
				}
				Instant submitted = null;
				Instant decided = null;
				if (!status.equals("DRAFT")) {
					LocalDate day = closed ? deadline.minusDays(random.nextInt(4)) : today;
					submitted = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60)))
						.atZone(zone)
						.toInstant();
					if (submitted.isAfter(this.clock.instant())) {
						submitted = this.clock.instant().minusSeconds(3600);
					}
				}
				if (status.equals("ACKNOWLEDGED")) {
					decided = submitted.plus(1 + random.nextInt(3), ChronoUnit.DAYS);
					if (decided.isAfter(this.clock.instant())) {
						decided = this.clock.instant();
					}
				}
				reports.add(new Object[] { agencyId, head.skpId(), head.employeeId(), period.code(), period.start(),
						period.end(), status, utc(submitted), false, utc(decided),
						status.equals("ACKNOWLEDGED") ? head.appraiserId() : null, null, now, actor, now, actor, 0L });
				List<Object[]> rows = new ArrayList<>();
				for (Line line : plan) {
					rows.add(realisation(agencyId, line, period, random, cumulative, actor, now));
				}
				reportLines.add(rows);
			}
		}
		List<ChangeLog.Change> audit = new ArrayList<>();
		long[] reportIds = JdbcBatches.insert(this.jdbc, "realisation_report", REPORT_COLUMNS, reports, (row) -> row);
		List<Object[]> realisations = new ArrayList<>();
		for (int i = 0; i < reportIds.length; i++) {
			Object[] report = reports.get(i);
			audit.add(ChangeLog.Change.created(agencyId, "RealisationReport", reportIds[i],
					Map.of("skpId", report[1], "periodCode", report[3], "status", report[6])));
			for (Object[] row : reportLines.get(i)) {
				row[1] = reportIds[i];
				realisations.add(row);
			}
		}
		long[] realisationIds = JdbcBatches.insert(this.jdbc, "realisation", REALISATION_COLUMNS, realisations,
				(row) -> row);
		for (int i = 0; i < realisationIds.length; i++) {
			Object[] row = realisations.get(i);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("reportId", row[1]);
			state.put("indicatorId", row[4]);
			state.put("valueNumber", row[5]);
			state.put("achievement", row[7]);
			audit.add(ChangeLog.Change.created(agencyId, "Realisation", realisationIds[i], state));
		}
		List<Object[]> feedback = new ArrayList<>();
		Map<Long, Object[]> lastAcknowledged = new LinkedHashMap<>();
		for (int i = 0; i < realisationIds.length; i++) {
			Object[] row = realisations.get(i);
			int report = java.util.Arrays.binarySearch(reportIds, (long) row[1]);
			if (report >= 0 && "ACKNOWLEDGED".equals(reports.get(report)[6])) {
				lastAcknowledged.put((Long) row[2], new Object[] { realisationIds[i], row[3] });
			}
		}
		for (Map.Entry<Long, Object[]> entry : lastAcknowledged.entrySet()) {
			Line head = byPlan.get(entry.getKey()).get(0);
			Random feedbackRandom = Seeds.random(seed, head.nip() + "/" + head.start(), "feedback");
			if (head.appraiserId() == null || feedbackRandom.nextInt(4) != 0) {
				continue;
			}
			feedback.add(new Object[] { agencyId, head.skpId(), head.employeeId(), "REALISATION", entry.getValue()[1],
					null, entry.getValue()[0], head.appraiserId(), "SUPERVISOR",
					FEEDBACK[feedbackRandom.nextInt(FEEDBACK.length)], now, actor, now, actor, 0L });
		}
		long[] feedbackIds = JdbcBatches.insert(this.jdbc, "feedback", FEEDBACK_COLUMNS, feedback, (row) -> row);
		for (int i = 0; i < feedbackIds.length; i++) {
			audit.add(ChangeLog.Change.created(agencyId, "Feedback", feedbackIds[i],
					Map.of("skpId", feedback.get(i)[1], "realisationId", feedback.get(i)[6])));
		}
		List<Object[]> logs = logs(agencyId, byPlan, today, logDays, seed, actor, now);
		long[] logIds = JdbcBatches.insert(this.jdbc, "daily_log", LOG_COLUMNS, logs, (row) -> row);
		for (int i = 0; i < logIds.length; i++) {
			audit.add(ChangeLog.Change.created(agencyId, "DailyLog", logIds[i],
					Map.of("employeeId", logs.get(i)[1], "logDate", logs.get(i)[2].toString())));
		}
		for (int from = 0; from < audit.size(); from += JdbcBatches.BATCH_SIZE) {
			this.changes
				.record(List.copyOf(audit.subList(from, Math.min(audit.size(), from + JdbcBatches.BATCH_SIZE))));
		}
		return new Stored(reportIds.length, realisationIds.length, logIds.length, feedbackIds.length);
	}

	private Object[] realisation(long agencyId, Line line, ReportingPeriod period, Random random,
			Map<Long, BigDecimal> cumulative, String actor, OffsetDateTime now) {
		Aspect aspect = (line.aspect() != null) ? Aspect.valueOf(line.aspect()) : null;
		BigDecimal target = Achievement.target(line.target());
		BigDecimal value = null;
		String text = null;
		BigDecimal achievement = null;
		if (target == null) {
			text = "Terlaksana sesuai rencana pada " + period.code();
		}
		else {
			Achievement.Rule rule = Achievement.rule(aspect, line.target(), line.unit(), null);
			double factor = 0.82 + random.nextDouble() * 0.3;
			int scale = Math.max(0, target.stripTrailingZeros().scale());
			BigDecimal earlier = cumulative.getOrDefault(line.indicatorId(), BigDecimal.ZERO);
			BigDecimal share = dueShare(line, period);
			value = switch (rule) {
				case RATE, TIME -> target.multiply(BigDecimal.valueOf(factor)).setScale(scale, RoundingMode.HALF_UP);
				case CUMULATIVE, BUDGET -> {
					BigDecimal due = target.multiply(share).multiply(BigDecimal.valueOf(factor));
					BigDecimal step = due.subtract(earlier).max(BigDecimal.ZERO);
					yield step.setScale(scale, RoundingMode.HALF_UP);
				}
			};
			if (rule == Achievement.Rule.TIME && value.signum() == 0) {
				value = BigDecimal.ONE;
			}
			achievement = Achievement.compute(rule, target, value, earlier, share, null);
			cumulative.put(line.indicatorId(), earlier.add(value));
		}
		boolean below = achievement != null && achievement.compareTo(BigDecimal.valueOf(100)) < 0;
		int pick = random.nextInt(OBSTACLES.length);
		return new Object[] { agencyId, 0L, line.skpId(), line.rhkId(), line.indicatorId(), value, text, achievement,
				null, "Pelaksanaan " + shorten(line.rhkText(), 200) + " periode " + period.code(),
				below ? OBSTACLES[pick] : null, below ? CAUSES[pick] : null, below ? FIXES[pick] : null,
				RealisationSource.EMPLOYEE.name(), null, now, actor, now, actor, 0L };
	}

	private static BigDecimal dueShare(Line line, ReportingPeriod period) {
		LocalDate last = period.end().isBefore(line.end()) ? period.end() : line.end();
		long passed = ChronoUnit.DAYS.between(line.start(), last) + 1;
		long all = ChronoUnit.DAYS.between(line.start(), line.end()) + 1;
		return BigDecimal.valueOf(Math.max(1, Math.min(passed, all)))
			.divide(BigDecimal.valueOf(Math.max(1, all)), java.math.MathContext.DECIMAL64);
	}

	private List<Object[]> logs(long agencyId, Map<Long, List<Line>> byPlan, LocalDate today, int logDays, long seed,
			String actor, OffsetDateTime now) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = today; days.size() < logDays; day = day.minusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(day);
			}
		}
		List<Object[]> rows = new ArrayList<>();
		for (List<Line> plan : byPlan.values()) {
			Line head = plan.get(0);
			Random random = Seeds.random(seed, head.nip() + "/" + head.start(), "daily-logs");
			for (LocalDate day : days) {
				if (day.isBefore(head.start()) || day.isAfter(head.end()) || random.nextInt(10) == 0) {
					continue;
				}
				int entries = 1 + random.nextInt(3);
				for (int e = 0; e < entries; e++) {
					Line line = plan.get(random.nextInt(plan.size()));
					String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)] + " "
							+ shorten(line.rhkText().toLowerCase(java.util.Locale.ROOT), 300);
					boolean counted = line.unit() != null && Achievement.target(line.target()) != null
							&& !line.unit().contains("%") && !"WAKTU".equals(line.aspect())
							&& !"BIAYA".equals(line.aspect());
					rows.add(new Object[] { agencyId, head.employeeId(), day, activity,
							counted ? "Hasil " + line.unit() : null,
							counted ? BigDecimal.valueOf(1 + random.nextInt(3)) : null, counted ? line.unit() : null,
							line.rhkId(), false, now, actor, now, actor, 0L });
				}
			}
		}
		return rows;
	}

	private static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}

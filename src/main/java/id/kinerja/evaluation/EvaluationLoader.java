package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.agency.Jenjang;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.monitoring.Deadlines;
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
 * Stores a realistic year-end of evaluation at once for the approved plans of a demo or
 * generated agency, right after its monitoring: the periodic evaluations of the periods
 * whose realisation report was acknowledged (rated by the pejabat penilai from the
 * reporting line, most earlier ones finalised and received); the annual evaluation of
 * every approved plan (self-assessment submitted, two ratings with reasons where
 * required); the predikat kinerja organisasi of every unit whose leader has people rated,
 * set by the leader above, with the leaders' rating hasil kerja following it; the
 * employees' predikat adjusted until each unit fits its distribution pattern
 * ({@link DistributionCurve}), and those units finalised — except one unit, left rated
 * and in violation so that the curve monitor and calibration have something to show. Then
 * the credit points of functional staff, the development needs of Butuh Perbaikan or
 * worse and, optionally, one filed appeal.
 *
 * <p>
 * Deterministic for a seed and the same plans and realisations (every random choice is
 * seeded by the seed and the plan owner's NIP, the period or the unit code, never by a
 * database id). Rows go in through multi-row batches, each described to the audit trail:
 * a round of plans per transaction for the periodic evaluations, a chunk of annual
 * evaluations per transaction, then the units' results in one (each joins the caller's
 * transaction when there is one, as the demo seeder's); not for people's own use (nothing
 * checks the actor).
 */
@Component
public class EvaluationLoader {

	private static final List<Column> EVALUATION_COLUMNS = JdbcBatches.columns("agency_id:B", "skp_id:B",
			"employee_id:B", "period_code:V", "annual:Z", "period_year:I", "period_start:D", "period_end:D",
			"unit_id:B", "status:V", "self_assessment:V", "self_submitted_at:T", "rating_hasil:V", "rating_perilaku:V",
			"reason:V", "predikat:V", "notes:V", "recommendation:V", "rated_by_id:B", "rated_by:V", "rated_at:T",
			"finalised_by:V", "finalised_at:T", "acknowledged_at:T", "appeal_deadline:D", "credit_jenjang:V",
			"credit_months:I", "credit_points:N", "created_at:T", "created_by:V", "updated_at:T", "updated_by:V",
			"version:B");

	private static final List<Column> NOTE_COLUMNS = JdbcBatches.columns("evaluation_id:B", "subject:V", "rhk_id:B",
			"core_value:V", "self_note:V", "feedback:V");

	private static final List<Column> RESULT_COLUMNS = JdbcBatches.columns("agency_id:B", "unit_id:B", "result_year:I",
			"predikat:V", "note:V", "set_by_id:B", "created_at:T", "created_by:V", "updated_at:T", "updated_by:V",
			"version:B");

	private static final List<Column> FINALISATION_COLUMNS = JdbcBatches.columns("agency_id:B", "unit_id:B",
			"result_year:I", "finalised_at:T", "finalised_by:V", "evaluations:I", "curve_fits:Z", "summary:V",
			"created_at:T", "created_by:V", "updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> NEED_COLUMNS = JdbcBatches.columns("agency_id:B", "employee_id:B",
			"evaluation_id:B", "need_year:I", "predikat:V", "status:V", "note:V", "created_at:T", "created_by:V",
			"updated_at:T", "updated_by:V", "version:B");

	private static final List<Column> APPEAL_COLUMNS = JdbcBatches.columns("agency_id:B", "evaluation_id:B",
			"employee_id:B", "appraiser_id:B", "decider_id:B", "status:V", "reasons:V", "filed_at:T",
			"old_rating_hasil:V", "old_rating_perilaku:V", "old_predikat:V", "created_at:T", "created_by:V",
			"updated_at:T", "updated_by:V", "version:B");

	/** Days after receipt within which an appeal may be filed (the default setting). */
	static final int APPEAL_DAYS = 14;

	/** Plans per round of the periodic evaluations (bounds the memory used). */
	private static final int PLANS_PER_ROUND = 5000;

	private static final String[] ABOVE_RESULTS = {
			"Sebagian besar hasil kerja melampaui target dan tidak ada RHK utama di bawah ekspektasi.",
			"Seluruh target tercapai lebih cepat dari jadwal dengan kualitas yang sangat baik.",
			"Capaian indikator utama melampaui target yang disepakati." };

	private static final String[] BELOW_RESULTS = { "Sebagian besar hasil kerja belum mencapai target yang disepakati.",
			"Beberapa RHK utama tertinggal dari jadwal tanpa rencana perbaikan yang memadai.",
			"Capaian indikator utama jauh di bawah target pada sebagian besar periode." };

	private static final String[] ABOVE_BEHAVIOUR = {
			"Menjadi teladan dalam pelayanan dan kolaborasi; selalu membantu rekan kerja.",
			"Sangat berorientasi pelayanan dan proaktif menyelesaikan masalah tim." };

	private static final String[] BELOW_BEHAVIOUR = { "Beberapa kali tidak hadir rapat koordinasi tanpa keterangan.",
			"Kurang menjaga komitmen waktu dan komunikasi dengan rekan kerja." };

	private static final String[] FEEDBACK = { "Hasil kerja pada RHK ini sudah sesuai rencana, pertahankan.",
			"Lengkapi bukti dukung agar capaian dapat diverifikasi.",
			"Perlu koordinasi lebih awal dengan unit lain agar target tidak tertinggal.",
			"Kualitas keluaran baik; perhatikan ketepatan waktu pelaporan." };

	private static final String[] SELF = {
			"Seluruh RHK telah saya laksanakan sesuai rencana; bukti dukung terlampir pada setiap periode.",
			"Sebagian besar target tercapai; kendala pada beberapa periode sudah saya jelaskan beserta rencana perbaikannya.",
			"Target utama tercapai dan beberapa melampaui rencana berkat koordinasi yang baik dengan tim." };

	private static final String[] NOTES = { "Pegawai menunjukkan perkembangan yang konsisten sepanjang tahun.",
			"Komunikasi dengan tim perlu ditingkatkan pada tahun berikutnya.",
			"Disiplin pelaporan realisasi sudah baik." };

	private static final String[] RECOMMENDATIONS = { "Diikutsertakan dalam pelatihan kepemimpinan.",
			"Diberi penugasan yang lebih menantang pada tahun berikutnya.",
			"Mengikuti bimbingan teknis sesuai bidang tugas." };

	private static final String DEVELOPMENT_NOTE = "Perlu coaching dan mentoring oleh pejabat penilai";

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final ReportingLines lines;

	private final Deadlines deadlines;

	private final ChangeLog changes;

	private final Clock clock;

	private final TransactionTemplate transactions;

	EvaluationLoader(JdbcTemplate jdbc, JdbcClient client, ReportingLines lines, Deadlines deadlines, ChangeLog changes,
			Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.client = client;
		this.lines = lines;
		this.deadlines = deadlines;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * What the load should make besides the defaults.
	 *
	 * @param redUnitCode the code of the unit to leave in violation of its curve, not
	 * finalised; when null or unusable, the first unit (in code order) below the top with
	 * three or more people rated
	 * @param appellantNips employees of whom the first fitting one files an appeal on the
	 * received annual evaluation (none when empty)
	 */
	public record Options(@Nullable String redUnitCode, List<String> appellantNips) {

		/** One unit in violation chosen by the loader, no appeal. */
		public static Options defaults() {
			return new Options(null, List.of());
		}

	}

	/**
	 * What was stored.
	 *
	 * @param periodic periodic evaluations
	 * @param annual annual evaluations
	 * @param organisationResults units with a predikat kinerja organisasi
	 * @param finalisedUnits units finalised, every one of them fitting its curve
	 * @param unitsInViolation units whose predikat do not fit the curve (left rated)
	 * @param creditPoints annual evaluations with credit points
	 * @param developmentNeeds development needs recorded
	 * @param appeals appeals filed
	 */
	public record Stored(int periodic, int annual, int organisationResults, int finalisedUnits, int unitsInViolation,
			int creditPoints, int developmentNeeds, int appeals) {
	}

	private record Plan(long skpId, long employeeId, @Nullable Long unitId, LocalDate start, LocalDate end,
			@Nullable String positionType, @Nullable String jenjang) {
	}

	private record Report(long skpId, String periodCode, LocalDate start, LocalDate end, OffsetDateTime decidedAt,
			@Nullable BigDecimal achievement) {
	}

	/** The fewest people a unit of the demo or a generated agency needs for a result. */
	private static final int MIN_PEOPLE = 5;

	private record Unit(long id, @Nullable Long parentId, String code) {
	}

	/** One evaluation being made (mutable while the curve is fitted). */
	private static final class Eval {

		final Plan plan;

		final String periodCode;

		final boolean annual;

		final double achievement;

		Rating hasil = Rating.SESUAI_EKSPEKTASI;

		Rating perilaku = Rating.SESUAI_EKSPEKTASI;

		@Nullable String hasilReason;

		@Nullable String perilakuReason;

		boolean fixed;

		EvaluationStatus status = EvaluationStatus.RATED;

		@Nullable String notes;

		@Nullable String recommendation;

		@Nullable String selfAssessment;

		@Nullable Long raterId;

		String rater = "";

		Instant ratedAt = Instant.EPOCH;

		@Nullable Instant finalisedAt;

		@Nullable String finalisedBy;

		@Nullable Instant acknowledgedAt;

		@Nullable Long feedbackRhk;

		@Nullable String feedback;

		long id;

		Eval(Plan plan, String periodCode, boolean annual, double achievement) {
			this.plan = plan;
			this.periodCode = periodCode;
			this.annual = annual;
			this.achievement = achievement;
		}

		Predikat predikat() {
			return Predikat.of(this.hasil, this.perilaku);
		}

		@Nullable String reason() {
			if (this.hasilReason == null) {
				return this.perilakuReason;
			}
			return (this.perilakuReason == null) ? this.hasilReason : this.hasilReason + " " + this.perilakuReason;
		}

		void setHasil(Rating rating, String[] above, String[] below, Random random) {
			this.hasil = rating;
			this.hasilReason = reasonFor(rating, above, below, random);
		}

		void setPerilaku(Rating rating, Random random) {
			this.perilaku = rating;
			this.perilakuReason = reasonFor(rating, ABOVE_BEHAVIOUR, BELOW_BEHAVIOUR, random);
		}

		private static @Nullable String reasonFor(Rating rating, String[] above, String[] below, Random random) {
			return switch (rating) {
				case DI_ATAS_EKSPEKTASI -> above[random.nextInt(above.length)];
				case DI_BAWAH_EKSPEKTASI -> below[random.nextInt(below.length)];
				case SESUAI_EKSPEKTASI -> null;
			};
		}

	}

	/** Store the year-end of the approved plans of the year, as on the given day. */
	public Stored load(long agencyId, int year, LocalDate today, long seed, Options options) {
		String actor = Actor.currentName();
		Instant now = this.clock.instant();
		ZoneId zone = this.deadlines.zone();
		List<Plan> plans = this.client.sql("""
				SELECT s.id, s.employee_id, s.unit_id, s.start_date, s.end_date, s.position_type, p.jenjang
				FROM skp s LEFT JOIN job_position p ON p.id = s.position_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED'
				ORDER BY s.id
				""")
			.param(agencyId)
			.param(year)
			.query((rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7)))
			.list();
		Map<Long, String> nips = new HashMap<>();
		this.client.sql("SELECT id, nip FROM employee WHERE agency_id = ?")
			.param(agencyId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((entry) -> nips.put(entry.getKey(), entry.getValue()));
		Map<Long, Supervisor> raters = raters(plans, today);

		// 1. Periodic evaluations, a round of plans per transaction; the mean achievement
		// of each plan's acknowledged periods is kept for its annual rating.
		Map<Long, double[]> achieved = new HashMap<>();
		int periodic = 0;
		for (int from = 0; from < plans.size(); from += PLANS_PER_ROUND) {
			List<Plan> round = plans.subList(from, Math.min(plans.size(), from + PLANS_PER_ROUND));
			periodic += this.transactions.execute((status) -> {
				List<ChangeLog.Change> audit = new ArrayList<>();
				int stored = periodic(agencyId, year, round, raters, nips, seed, actor, now, zone, achieved, audit);
				record(audit);
				return stored;
			});
		}

		// 2. Annual evaluations, rated.
		Map<Long, List<Long>> rhks = rhks(agencyId, year);
		List<Eval> annual = new ArrayList<>(plans.size());
		for (Plan plan : plans) {
			double[] sum = achieved.get(plan.skpId());
			double achievement = (sum == null || sum[1] == 0) ? 100 : sum[0] / sum[1];
			Eval eval = new Eval(plan, String.valueOf(year), true, achievement);
			Random random = Seeds.random(seed, nips.get(plan.employeeId()) + "/" + plan.start(), "annual");
			rateByAchievement(eval, random, 106, 90);
			rateBehaviour(eval, random);
			eval.selfAssessment = SELF[random.nextInt(SELF.length)];
			if (random.nextInt(3) == 0) {
				eval.notes = NOTES[random.nextInt(NOTES.length)];
			}
			if (random.nextInt(5) == 0) {
				eval.recommendation = RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)];
			}
			List<Long> ofPlan = rhks.getOrDefault(plan.skpId(), List.of());
			if (!ofPlan.isEmpty() && random.nextInt(3) == 0) {
				eval.feedbackRhk = ofPlan.get(random.nextInt(ofPlan.size()));
				eval.feedback = FEEDBACK[random.nextInt(FEEDBACK.length)];
			}
			setRater(eval, raters.get(plan.skpId()), nips, actor);
			eval.ratedAt = cap(
					now.minus(3 + random.nextInt(4), ChronoUnit.DAYS).plus(random.nextInt(8 * 60), ChronoUnit.MINUTES),
					now, 4 * 3600);
			annual.add(eval);
		}

		// 3. Organisation results and the curve, unit by unit from the deepest up.
		Curve curve = fitCurves(agencyId, year, today, annual, seed, options, nips);

		// Finalisation, receipt, credit points.
		int credited = 0;
		for (Eval eval : annual) {
			Long curveUnit = curve.curveUnitOf.get(eval);
			Random random = Seeds.random(seed, nips.get(eval.plan.employeeId()) + "/" + eval.plan.start(),
					"annual-finalised");
			if (curveUnit != null && !curve.finalised.contains(curveUnit)) {
				eval.status = EvaluationStatus.RATED;
				continue;
			}
			eval.status = EvaluationStatus.FINALISED;
			eval.finalisedBy = (curveUnit != null && curve.leaders.get(curveUnit) != null)
					? nips.getOrDefault(curve.leaders.get(curveUnit), actor) : actor;
			eval.finalisedAt = cap(eval.ratedAt.plus(1 + random.nextInt(2), ChronoUnit.DAYS), now, 3600);
			if (random.nextInt(10) < 6) {
				eval.status = EvaluationStatus.ACKNOWLEDGED;
				eval.acknowledgedAt = cap(eval.finalisedAt.plus(random.nextInt(20), ChronoUnit.HOURS), now, 600);
			}
		}
		Eval appellant = appellant(annual, options, nips, curve);
		if (appellant != null && appellant.status == EvaluationStatus.FINALISED) {
			appellant.status = EvaluationStatus.ACKNOWLEDGED;
			appellant.acknowledgedAt = cap(appellant.finalisedAt.plus(2, ChronoUnit.HOURS), now, 600);
		}
		List<Object[]> rows = new ArrayList<>(annual.size());
		for (Eval eval : annual) {
			Object[] row = row(agencyId, year, eval, zone, actor, now);
			Plan plan = eval.plan;
			if (eval.status.locked() && "FUNGSIONAL".equals(plan.positionType()) && plan.jenjang() != null) {
				int months = AnnualResults.months(plan.start(), plan.end());
				row[25] = plan.jenjang();
				row[26] = months;
				row[27] = CreditPoints.of(Jenjang.valueOf(plan.jenjang()), eval.predikat(), months);
				credited++;
			}
			rows.add(row);
		}
		// The annual evaluations, a chunk per transaction.
		for (int from = 0; from < annual.size(); from += PLANS_PER_ROUND) {
			int first = from;
			int last = Math.min(annual.size(), from + PLANS_PER_ROUND);
			this.transactions.executeWithoutResult((status) -> {
				List<ChangeLog.Change> audit = new ArrayList<>();
				insertEvaluations(agencyId, annual.subList(first, last), rows.subList(first, last), audit);
				record(audit);
			});
		}
		rows.clear();
		int[] stored = this.transactions
			.execute((status) -> results(agencyId, year, today, now, actor, annual, curve, appellant, nips));
		return new Stored(periodic, annual.size(), curve.results.size(), curve.finalised.size(),
				curve.results.size() - curve.fitting, credited, stored[0], stored[1]);
	}

	/**
	 * Store the units' results and finalisations, the development needs and the appeal;
	 * return how many needs and appeals.
	 */
	private int[] results(long agencyId, int year, LocalDate today, Instant now, String actor, List<Eval> annual,
			Curve curve, @Nullable Eval appellant, Map<Long, String> nips) {
		List<ChangeLog.Change> audit = new ArrayList<>();
		// Organisation results and finalisations.
		List<Object[]> results = new ArrayList<>();
		List<Object[]> finalisations = new ArrayList<>();
		for (Map.Entry<Long, OrganisationPredikat> entry : curve.results.entrySet()) {
			long unitId = entry.getKey();
			Long leader = curve.leaders.get(unitId);
			Supervisor above = (leader != null) ? curve.aboveLeaders.get(leader) : null;
			OffsetDateTime setAt = utc(now.minus(8, ChronoUnit.DAYS));
			results.add(new Object[] { agencyId, unitId, year, entry.getValue().name(), null,
					(above != null) ? above.employeeId() : null, setAt, actor, setAt, actor, 0L });
			if (curve.finalised.contains(unitId)) {
				DistributionCurve.Check check = curve.checks.get(unitId);
				OffsetDateTime at = utc(cap(now.minus(1, ChronoUnit.DAYS), now, 3600));
				finalisations.add(new Object[] { agencyId, unitId, year, at,
						(leader != null) ? nips.getOrDefault(leader, actor) : actor, check.total(), check.fits(),
						summary(check), at, actor, at, actor, 0L });
			}
		}
		long[] resultIds = JdbcBatches.insert(this.jdbc, "organisation_result", RESULT_COLUMNS, results, (row) -> row);
		for (int i = 0; i < resultIds.length; i++) {
			audit.add(ChangeLog.Change.created(agencyId, "OrganisationResult", resultIds[i],
					Map.of("unitId", results.get(i)[1], "year", year, "predikat", results.get(i)[3])));
		}
		long[] finalisationIds = JdbcBatches.insert(this.jdbc, "unit_finalisation", FINALISATION_COLUMNS, finalisations,
				(row) -> row);
		for (int i = 0; i < finalisationIds.length; i++) {
			audit.add(ChangeLog.Change.created(agencyId, "UnitFinalisation", finalisationIds[i],
					Map.of("unitId", finalisations.get(i)[1], "year", year, "evaluations", finalisations.get(i)[5],
							"curveFits", finalisations.get(i)[6])));
		}

		// 4. Development needs of final Butuh Perbaikan or worse.
		List<Object[]> needs = new ArrayList<>();
		for (Eval eval : annual) {
			if (eval.status.locked() && !eval.predikat().atLeast(Predikat.BAIK)) {
				OffsetDateTime at = utc(eval.finalisedAt);
				needs.add(new Object[] { agencyId, eval.plan.employeeId(), eval.id, year, eval.predikat().name(),
						"OPEN", DEVELOPMENT_NOTE, at, actor, at, actor, 0L });
			}
		}
		long[] needIds = JdbcBatches.insert(this.jdbc, "development_need", NEED_COLUMNS, needs, (row) -> row);
		for (int i = 0; i < needIds.length; i++) {
			audit.add(ChangeLog.Change.created(agencyId, "DevelopmentNeed", needIds[i],
					Map.of("evaluationId", needs.get(i)[2], "predikat", needs.get(i)[4], "status", "OPEN")));
		}

		// 5. One appeal, when it fits.
		int appeals = 0;
		if (appellant != null && appellant.raterId != null) {
			Supervisor decider = this.lines.supervisorOf(appellant.raterId,
					appellant.plan.end().isBefore(today) ? appellant.plan.end() : today);
			if (decider.employeeId() != null) {
				OffsetDateTime filed = utc(cap(appellant.acknowledgedAt.plus(1, ChronoUnit.HOURS), now, 300));
				Object[] appeal = { agencyId, appellant.id, appellant.plan.employeeId(), appellant.raterId,
						decider.employeeId(), "FILED",
						"Saya keberatan atas penilaian ini: capaian RHK utama saya telah sesuai target dan bukti "
								+ "dukungnya lengkap pada setiap periode, tetapi belum dipertimbangkan.",
						filed, appellant.hasil.name(), appellant.perilaku.name(), appellant.predikat().name(), filed,
						actor, filed, actor, 0L };
				long[] ids = JdbcBatches.insert(this.jdbc, "appeal", APPEAL_COLUMNS, List.<Object[]>of(appeal),
						(row) -> row);
				audit.add(ChangeLog.Change.created(agencyId, "Appeal", ids[0],
						Map.of("evaluationId", appellant.id, "status", "FILED")));
				appeals = 1;
			}
		}
		record(audit);
		return new int[] { needIds.length, appeals };
	}

	private void record(List<ChangeLog.Change> audit) {
		for (int from = 0; from < audit.size(); from += JdbcBatches.BATCH_SIZE) {
			this.changes
				.record(List.copyOf(audit.subList(from, Math.min(audit.size(), from + JdbcBatches.BATCH_SIZE))));
		}
	}

	/** The pejabat penilai of each plan, on the day its evaluation is judged. */
	private Map<Long, Supervisor> raters(List<Plan> plans, LocalDate today) {
		Map<LocalDate, List<Plan>> byDay = new TreeMap<>();
		for (Plan plan : plans) {
			LocalDate day = plan.end().isBefore(today) ? plan.end() : today;
			byDay.computeIfAbsent(day, (key) -> new ArrayList<>()).add(plan);
		}
		Map<Long, Supervisor> raters = new HashMap<>();
		byDay.forEach((day, ofDay) -> {
			Map<Long, Supervisor> supervisors = this.lines.supervisorsOf(ofDay.stream().map(Plan::employeeId).toList(),
					day);
			ofDay.forEach((plan) -> raters.put(plan.skpId(), supervisors.get(plan.employeeId())));
		});
		return raters;
	}

	private static void setRater(Eval eval, @Nullable Supervisor supervisor, Map<Long, String> nips, String actor) {
		if (supervisor != null && supervisor.employeeId() != null) {
			eval.raterId = supervisor.employeeId();
			eval.rater = nips.getOrDefault(supervisor.employeeId(), actor);
		}
		else {
			eval.raterId = null;
			eval.rater = actor;
		}
	}

	private Map<Long, List<Long>> rhks(long agencyId, int year) {
		Map<Long, List<Long>> rhks = new HashMap<>();
		this.client.sql("""
				SELECT r.skp_id, r.id FROM rhk r JOIN skp s ON s.id = r.skp_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED' AND r.removed = FALSE
				ORDER BY r.skp_id, r.position_no, r.id
				""")
			.param(agencyId)
			.param(year)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((row) -> rhks.computeIfAbsent(row[0], (key) -> new ArrayList<>()).add(row[1]));
		return rhks;
	}

	private int periodic(long agencyId, int year, List<Plan> round, Map<Long, Supervisor> raters,
			Map<Long, String> nips, long seed, String actor, Instant now, ZoneId zone, Map<Long, double[]> achieved,
			List<ChangeLog.Change> audit) {
		Map<Long, Plan> byId = new HashMap<>();
		round.forEach((plan) -> byId.put(plan.skpId(), plan));
		List<Report> reports = this.client.sql("""
				SELECT p.skp_id, p.period_code, p.period_start, p.period_end, p.decided_at, AVG(r.achievement)
				FROM realisation_report p JOIN skp s ON s.id = p.skp_id
				LEFT JOIN realisation r ON r.report_id = p.id
				WHERE p.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED' AND p.status = 'ACKNOWLEDGED'
				  AND p.skp_id BETWEEN ? AND ?
				GROUP BY p.skp_id, p.period_code, p.period_start, p.period_end, p.decided_at
				ORDER BY p.skp_id, p.period_start
				""")
			.param(agencyId)
			.param(year)
			.param(round.get(0).skpId())
			.param(round.get(round.size() - 1).skpId())
			.query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class), rs.getBigDecimal(6)))
			.list();
		Map<Long, Long> lastOfPlan = new HashMap<>();
		for (int i = 0; i < reports.size(); i++) {
			lastOfPlan.put(reports.get(i).skpId(), (long) i);
		}
		Map<Long, List<Long>> rhks = new HashMap<>();
		this.client.sql("""
				SELECT r.skp_id, r.id FROM rhk r
				WHERE r.skp_id BETWEEN ? AND ? AND r.removed = FALSE ORDER BY r.skp_id, r.position_no, r.id
				""")
			.param(round.get(0).skpId())
			.param(round.get(round.size() - 1).skpId())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((row) -> rhks.computeIfAbsent(row[0], (key) -> new ArrayList<>()).add(row[1]));
		List<Eval> evals = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			Report report = reports.get(i);
			Plan plan = byId.get(report.skpId());
			if (plan == null) {
				continue;
			}
			double achievement = (report.achievement() != null) ? report.achievement().doubleValue() : 100;
			if (report.achievement() != null) {
				double[] sum = achieved.computeIfAbsent(plan.skpId(), (key) -> new double[2]);
				sum[0] += achievement;
				sum[1]++;
			}
			LocalDate start = report.start().isBefore(plan.start()) ? plan.start() : report.start();
			LocalDate end = report.end().isAfter(plan.end()) ? plan.end() : report.end();
			Eval eval = new Eval(new Plan(plan.skpId(), plan.employeeId(), plan.unitId(), start, end,
					plan.positionType(), plan.jenjang()), report.periodCode(), false, achievement);
			Random random = Seeds.random(seed, nips.get(plan.employeeId()) + "/" + plan.start(),
					"periodic:" + report.periodCode());
			rateByAchievement(eval, random, 108, 88);
			rateBehaviour(eval, random);
			setRater(eval, raters.get(plan.skpId()), nips, actor);
			List<Long> ofPlan = rhks.getOrDefault(plan.skpId(), List.of());
			if (!ofPlan.isEmpty() && random.nextInt(10) < 3) {
				eval.feedbackRhk = ofPlan.get(random.nextInt(ofPlan.size()));
				eval.feedback = FEEDBACK[random.nextInt(FEEDBACK.length)];
			}
			Instant decided = report.decidedAt().toInstant();
			eval.ratedAt = cap(decided.plus(1 + random.nextInt(3), ChronoUnit.DAYS), now, 3 * 3600);
			boolean last = lastOfPlan.get(plan.skpId()) == i;
			int roll = random.nextInt(100);
			eval.status = last
					? ((roll < 50) ? EvaluationStatus.RATED
							: (roll < 75) ? EvaluationStatus.FINALISED : EvaluationStatus.ACKNOWLEDGED)
					: ((roll < 88) ? EvaluationStatus.ACKNOWLEDGED : EvaluationStatus.FINALISED);
			if (eval.status.locked()) {
				eval.finalisedBy = eval.rater;
				eval.finalisedAt = cap(eval.ratedAt.plus(1 + random.nextInt(2), ChronoUnit.DAYS), now, 2 * 3600);
			}
			if (eval.status == EvaluationStatus.ACKNOWLEDGED) {
				eval.acknowledgedAt = cap(eval.finalisedAt.plus(1 + random.nextInt(48), ChronoUnit.HOURS), now, 3600);
			}
			evals.add(eval);
			rows.add(row(agencyId, year, eval, zone, actor, now));
		}
		insertEvaluations(agencyId, evals, rows, audit);
		return evals.size();
	}

	private static void rateByAchievement(Eval eval, Random random, double above, double below) {
		int roll = random.nextInt(100);
		Rating hasil;
		if (eval.achievement >= above) {
			hasil = (roll < 60) ? Rating.DI_ATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI;
		}
		else if (eval.achievement < below) {
			hasil = (roll < 50) ? Rating.DI_BAWAH_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI;
		}
		else {
			hasil = (roll < 6) ? Rating.DI_ATAS_EKSPEKTASI
					: (roll < 9) ? Rating.DI_BAWAH_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI;
		}
		eval.setHasil(hasil, ABOVE_RESULTS, BELOW_RESULTS, random);
	}

	private static void rateBehaviour(Eval eval, Random random) {
		int roll = random.nextInt(100);
		Rating perilaku = (roll < 12) ? Rating.DI_ATAS_EKSPEKTASI
				: (roll < 14) ? Rating.DI_BAWAH_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI;
		eval.setPerilaku(perilaku, random);
	}

	private Object[] row(long agencyId, int year, Eval eval, ZoneId zone, String actor, Instant now) {
		Plan plan = eval.plan;
		OffsetDateTime created = utc(eval.annual ? eval.ratedAt.minus(10, ChronoUnit.DAYS) : eval.ratedAt);
		LocalDate deadline = (eval.acknowledgedAt != null)
				? eval.acknowledgedAt.atZone(zone).toLocalDate().plusDays(APPEAL_DAYS) : null;
		OffsetDateTime updated = utc((eval.acknowledgedAt != null) ? eval.acknowledgedAt
				: (eval.finalisedAt != null) ? eval.finalisedAt : eval.ratedAt);
		return new Object[] { agencyId, plan.skpId(), plan.employeeId(), eval.periodCode, eval.annual, year,
				plan.start(), plan.end(), plan.unitId(), eval.status.name(), eval.selfAssessment,
				(eval.selfAssessment != null) ? utc(eval.ratedAt.minus(2, ChronoUnit.DAYS)) : null, eval.hasil.name(),
				eval.perilaku.name(), eval.reason(), eval.predikat().name(), eval.notes, eval.recommendation,
				eval.raterId, eval.rater, utc(eval.ratedAt), eval.finalisedBy, utc(eval.finalisedAt),
				utc(eval.acknowledgedAt), deadline, null, null, null, created, actor, updated, actor, 0L };
	}

	private void insertEvaluations(long agencyId, List<Eval> evals, List<Object[]> rows, List<ChangeLog.Change> audit) {
		long[] ids = JdbcBatches.insert(this.jdbc, "evaluation", EVALUATION_COLUMNS, rows, (row) -> row);
		List<Object[]> notes = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			Eval eval = evals.get(i);
			eval.id = ids[i];
			Object[] row = rows.get(i);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("skpId", row[1]);
			state.put("periodCode", row[3]);
			state.put("status", row[9]);
			state.put("ratingHasil", row[12]);
			state.put("ratingPerilaku", row[13]);
			state.put("predikat", row[15]);
			if (row[27] != null) {
				state.put("creditPoints", row[27]);
			}
			if (eval.feedbackRhk != null) {
				notes.add(new Object[] { ids[i], Evaluation.rhkSubject(eval.feedbackRhk), eval.feedbackRhk, null, null,
						eval.feedback });
				state.put("feedback", Map.of(Evaluation.rhkSubject(eval.feedbackRhk), eval.feedback));
			}
			audit.add(ChangeLog.Change.created(agencyId, "Evaluation", ids[i], state));
		}
		JdbcBatches.insertWithoutKeys(this.jdbc, "evaluation_note", NOTE_COLUMNS, notes, (row) -> row);
	}

	/** The units' results and checks, where each employee counts, and who leads. */
	private static final class Curve {

		final Map<Long, OrganisationPredikat> results = new LinkedHashMap<>();

		final Map<Long, DistributionCurve.Check> checks = new HashMap<>();

		final Set<Long> finalised = new HashSet<>();

		final Map<Eval, Long> curveUnitOf = new HashMap<>();

		Map<Long, Long> leaders = Map.of();

		Map<Long, Supervisor> aboveLeaders = Map.of();

		@Nullable Long red;

		int fitting;

	}

	private Curve fitCurves(long agencyId, int year, LocalDate today, List<Eval> annual, long seed, Options options,
			Map<Long, String> nips) {
		Curve curve = new Curve();
		Map<Long, Unit> units = new LinkedHashMap<>();
		this.client.sql("SELECT id, parent_id, code FROM unit WHERE agency_id = ? ORDER BY code")
			.param(agencyId)
			.query((rs, n) -> new Unit(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3)))
			.list()
			.forEach((unit) -> units.put(unit.id(), unit));
		Map<Long, Long> leaders = this.lines.unitLeaders(agencyId, today);
		curve.leaders = leaders;
		curve.aboveLeaders = this.lines.supervisorsOf(leaders.values(), today);

		// The one annual result of each employee (the plan covering the most months, a
		// tie
		// to the later one), as AnnualResults combines them.
		Map<Long, Eval> counted = new LinkedHashMap<>();
		Map<Long, List<Eval>> byEmployee = new HashMap<>();
		for (Eval eval : annual) {
			byEmployee.computeIfAbsent(eval.plan.employeeId(), (key) -> new ArrayList<>()).add(eval);
			Eval other = counted.get(eval.plan.employeeId());
			if (other == null || longer(eval, other)) {
				counted.put(eval.plan.employeeId(), eval);
			}
		}
		// Units with a leader and at least MIN_PEOPLE counted in them get a result, from
		// the deepest up; a smaller unit leaves its people to the nearest unit above (a
		// curve over two or three people forces a Butuh Perbaikan into every small Baik
		// unit, which no real year-end looks like). A top unit with anyone gets one.
		Map<Long, Integer> depth = new HashMap<>();
		for (Long unit : units.keySet()) {
			int d = 0;
			for (Long u = units.get(unit).parentId(); u != null && d < 64; u = units.get(u).parentId()) {
				d++;
			}
			depth.put(unit, d);
		}
		Map<Long, Integer> own = new HashMap<>();
		for (Eval eval : counted.values()) {
			Long unit = eval.plan.unitId();
			if (unit == null) {
				continue;
			}
			Long from = Long.valueOf(eval.plan.employeeId()).equals(leaders.get(unit)) ? units.get(unit).parentId()
					: unit;
			if (from != null) {
				own.merge(from, 1, Integer::sum);
			}
		}
		List<Long> deepestFirst = new ArrayList<>(units.keySet());
		deepestFirst.sort(Comparator.comparing((Long unit) -> -depth.get(unit)).thenComparing((unit) -> unit));
		Set<Long> withResult = new HashSet<>();
		for (Long unit : deepestFirst) {
			int people = own.getOrDefault(unit, 0);
			Long parent = units.get(unit).parentId();
			if (people == 0) {
				continue;
			}
			if (leaders.containsKey(unit) && (people >= MIN_PEOPLE || parent == null)) {
				withResult.add(unit);
			}
			else if (parent != null) {
				own.merge(parent, people, Integer::sum);
			}
		}
		// Where each evaluation counts: the nearest unit with a result at or above the
		// plan's unit, above it for the unit's own leader.
		Map<Long, List<Eval>> members = new HashMap<>();
		for (Eval eval : annual) {
			Long unit = eval.plan.unitId();
			if (unit == null) {
				continue;
			}
			Long u = Long.valueOf(eval.plan.employeeId()).equals(leaders.get(unit)) ? units.get(unit).parentId() : unit;
			while (u != null && !withResult.contains(u)) {
				u = units.get(u).parentId();
			}
			if (u != null) {
				curve.curveUnitOf.put(eval, u);
				if (counted.get(eval.plan.employeeId()) == eval) {
					members.computeIfAbsent(u, (key) -> new ArrayList<>()).add(eval);
				}
			}
		}
		// The unit left in violation, and at most one Butuh Perbaikan unit.
		Unit red = null;
		if (options.redUnitCode() != null) {
			red = units.values()
				.stream()
				.filter((unit) -> unit.code().equals(options.redUnitCode()) && withResult.contains(unit.id())
						&& members.getOrDefault(unit.id(), List.of()).size() >= 2)
				.findFirst()
				.orElse(null);
		}
		if (red == null) {
			red = units.values()
				.stream()
				.filter((unit) -> depth.get(unit.id()) >= 1 && withResult.contains(unit.id())
						&& members.getOrDefault(unit.id(), List.of()).size() >= 3)
				.findFirst()
				.orElse(null);
		}
		curve.red = (red != null) ? red.id() : null;
		List<Unit> weak = new ArrayList<>();
		for (Unit unit : units.values()) {
			Long parentCurve = null;
			for (Long u = unit.parentId(); u != null && parentCurve == null; u = units.get(u).parentId()) {
				parentCurve = withResult.contains(u) ? u : null;
			}
			if (withResult.contains(unit.id()) && red != null && unit.id() != red.id()
					&& (parentCurve == null || parentCurve != red.id()) && depth.get(unit.id()) >= 1
					&& members.getOrDefault(unit.id(), List.of()).size() >= 5) {
				weak.add(unit);
			}
		}
		Long butuhPerbaikan = weak.isEmpty() ? null : weak.get(new Random(seed * 13 + 5).nextInt(weak.size())).id();

		List<Unit> order = new ArrayList<>(units.values());
		order.removeIf((unit) -> !withResult.contains(unit.id()));
		order.sort(Comparator.comparing((Unit unit) -> -depth.get(unit.id())).thenComparing(Unit::code));
		for (Unit unit : order) {
			List<Eval> people = members.getOrDefault(unit.id(), List.of());
			people.sort(Comparator.comparingDouble((Eval eval) -> eval.achievement)
				.thenComparingLong((eval) -> eval.plan.skpId()));
			Random random = new Random(seed * 1_000_003L + unit.code().hashCode());
			OrganisationPredikat result;
			DistributionCurve.Check check;
			if (curve.red != null && unit.id() == curve.red) {
				// Everybody rated as expected: too many Baik and nobody below it.
				for (Eval eval : people) {
					if (!eval.fixed) {
						eval.setHasil(Rating.SESUAI_EKSPEKTASI, ABOVE_RESULTS, BELOW_RESULTS, random);
						eval.setPerilaku(Rating.SESUAI_EKSPEKTASI, random);
					}
				}
				result = OrganisationPredikat.BAIK;
				check = check(result, people);
			}
			else {
				OrganisationPredikat intended = (butuhPerbaikan != null && unit.id() == butuhPerbaikan)
						? OrganisationPredikat.BUTUH_PERBAIKAN
						: (random.nextInt(100) < 82) ? OrganisationPredikat.BAIK : OrganisationPredikat.ISTIMEWA;
				result = intended;
				check = null;
				for (OrganisationPredikat candidate : List.of(intended, OrganisationPredikat.ISTIMEWA,
						OrganisationPredikat.BAIK)) {
					List<Rating[]> before = people.stream()
						.map((eval) -> new Rating[] { eval.hasil, eval.perilaku })
						.toList();
					List<String[]> reasons = people.stream()
						.map((eval) -> new String[] { eval.hasilReason, eval.perilakuReason })
						.toList();
					fit(candidate, people, random);
					DistributionCurve.Check tried = check(candidate, people);
					if (tried.fits()) {
						result = candidate;
						check = tried;
						break;
					}
					for (int i = 0; i < people.size(); i++) {
						people.get(i).hasil = before.get(i)[0];
						people.get(i).perilaku = before.get(i)[1];
						people.get(i).hasilReason = reasons.get(i)[0];
						people.get(i).perilakuReason = reasons.get(i)[1];
					}
				}
				if (check == null) {
					check = check(result, people);
				}
			}
			curve.results.put(unit.id(), result);
			curve.checks.put(unit.id(), check);
			if (check.fits()) {
				curve.fitting++;
				if (curve.red == null || unit.id() != curve.red) {
					curve.finalised.add(unit.id());
				}
			}
			// The leader's rating hasil kerja follows the unit's result.
			Long leader = leaders.get(unit.id());
			for (Eval eval : (leader != null) ? byEmployee.getOrDefault(leader, List.of()) : List.<Eval>of()) {
				if (Long.valueOf(unit.id()).equals(eval.plan.unitId())) {
					eval.hasil = result.leaderRatingHasil();
					eval.hasilReason = result.leaderRatingHasil().needsReason()
							? "Mengikuti predikat kinerja organisasi unit yang dipimpin: " + orgName(result) + "."
							: null;
					eval.fixed = true;
				}
			}
		}
		return curve;
	}

	private static String orgName(OrganisationPredikat predikat) {
		return switch (predikat) {
			case ISTIMEWA -> "Istimewa";
			case BAIK -> "Baik";
			case BUTUH_PERBAIKAN -> "Butuh Perbaikan";
			case KURANG -> "Kurang";
			case SANGAT_KURANG -> "Sangat Kurang";
		};
	}

	private static boolean longer(Eval candidate, Eval current) {
		long a = ChronoUnit.DAYS.between(candidate.plan.start(), candidate.plan.end());
		long b = ChronoUnit.DAYS.between(current.plan.start(), current.plan.end());
		return a > b || (a == b && !candidate.plan.start().isBefore(current.plan.start()));
	}

	private static DistributionCurve.Check check(OrganisationPredikat result, List<Eval> people) {
		Map<Predikat, @Nullable Integer> counts = new EnumMap<>(Predikat.class);
		for (Eval eval : people) {
			counts.merge(eval.predikat(), 1, Integer::sum);
		}
		return DistributionCurve.check(result, counts);
	}

	/**
	 * Change the ratings of the people who are not unit leaders, the weakest first for
	 * lower and the strongest first for higher ratings, until the pattern holds or nobody
	 * is left to change.
	 */
	private static void fit(OrganisationPredikat result, List<Eval> people, Random random) {
		int n = people.size();
		List<Eval> free = people.stream().filter((eval) -> !eval.fixed).toList();
		switch (result) {
			case BAIK -> {
				if (count(people, Predikat.BUTUH_PERBAIKAN) + count(people, Predikat.KURANG) < 1) {
					free.stream()
						.filter((eval) -> eval.predikat().atLeast(Predikat.BAIK))
						.findFirst()
						.ifPresent((eval) -> lower(eval, random));
				}
				int allowed = 70 * n / 100;
				for (int i = free.size() - 1; i >= 0 && count(people, Predikat.BAIK) > allowed; i--) {
					if (free.get(i).predikat() == Predikat.BAIK) {
						raise(free.get(i), random);
					}
				}
			}
			case ISTIMEWA -> {
				int allowed = 70 * n / 100;
				for (int i = 0; i < free.size() && count(people, Predikat.SANGAT_BAIK) > allowed; i++) {
					if (free.get(i).predikat() == Predikat.SANGAT_BAIK) {
						free.get(i).setPerilaku(Rating.SESUAI_EKSPEKTASI, random);
					}
				}
			}
			case BUTUH_PERBAIKAN -> {
				int needed = (60 * n + 99) / 100;
				for (int i = 0; i < free.size() && count(people, Predikat.BUTUH_PERBAIKAN) < needed; i++) {
					if (free.get(i).predikat() != Predikat.BUTUH_PERBAIKAN) {
						lower(free.get(i), random);
					}
				}
				int allowed = 10 * n / 100;
				for (int i = 0; i < free.size() && count(people, Predikat.SANGAT_BAIK) > allowed; i++) {
					if (free.get(i).predikat() == Predikat.SANGAT_BAIK) {
						free.get(i).setPerilaku(Rating.SESUAI_EKSPEKTASI, random);
					}
				}
			}
			default -> {
				// not generated
			}
		}
	}

	/**
	 * Make Butuh Perbaikan: results below expectation, behaviour at least as expected.
	 */
	private static void lower(Eval eval, Random random) {
		eval.setHasil(Rating.DI_BAWAH_EKSPEKTASI, ABOVE_RESULTS, BELOW_RESULTS, random);
		if (eval.perilaku == Rating.DI_BAWAH_EKSPEKTASI) {
			eval.setPerilaku(Rating.SESUAI_EKSPEKTASI, random);
		}
	}

	/** Make Sangat Baik: both above expectation. */
	private static void raise(Eval eval, Random random) {
		eval.setHasil(Rating.DI_ATAS_EKSPEKTASI, ABOVE_RESULTS, BELOW_RESULTS, random);
		eval.setPerilaku(Rating.DI_ATAS_EKSPEKTASI, random);
	}

	private static int count(List<Eval> people, Predikat predikat) {
		int count = 0;
		for (Eval eval : people) {
			if (eval.predikat() == predikat) {
				count++;
			}
		}
		return count;
	}

	private static @Nullable Eval appellant(List<Eval> annual, Options options, Map<Long, String> nips, Curve curve) {
		if (options.appellantNips().isEmpty()) {
			return null;
		}
		Eval best = null;
		for (String nip : options.appellantNips()) {
			for (Eval eval : annual) {
				if (nip.equals(nips.get(eval.plan.employeeId())) && eval.status.locked() && eval.raterId != null
						&& !eval.predikat().atLeast(Predikat.SANGAT_BAIK)) {
					if (eval.predikat() == Predikat.BUTUH_PERBAIKAN) {
						return eval;
					}
					if (best == null) {
						best = eval;
					}
				}
			}
		}
		return best;
	}

	private static String summary(DistributionCurve.Check check) {
		StringBuilder summary = new StringBuilder();
		check.counts().forEach((predikat, count) -> {
			if (!summary.isEmpty()) {
				summary.append(", ");
			}
			summary.append(predikat.name()).append('=').append(count);
		});
		return summary.toString();
	}

	private static Instant cap(Instant at, Instant now, long secondsBefore) {
		Instant latest = now.minusSeconds(secondsBefore);
		return at.isAfter(latest) ? latest : at;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}

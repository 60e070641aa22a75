package id.kinerja.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.kinerja.planning.CoreValue;
import id.kinerja.planning.PlanChain;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approved plans of the demo chain for the sign-off tests (years 2028–2030, each set up
 * once per test run, shared by the sign-off test classes) and finalised evaluations on
 * them, built directly with the aggregate as the rating and finalisation services would.
 */
final class SignoffFixture {

	/** Two indicators under one Utama RHK. */
	static final String RHK_JSON = """
			{"text": "Analisis capaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Laporan analisis yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"},
			   {"text": "Data pegawai yang valid", "aspect": "KUALITAS", "target": "95", "unit": "%%"}]}""";

	private static final Map<Integer, Plans> PLANS = new HashMap<>();

	/**
	 * The approved plans of a year.
	 *
	 * @param analis the analyst's plan (rated by the Kepala Subbidang, whose atasan is
	 * the Kepala Bidang)
	 * @param pengolah the colleague's plan
	 */
	record Plans(long analis, long pengolah) {
	}

	private SignoffFixture() {
	}

	static synchronized Plans plans(PlanChain chain, int year) throws Exception {
		Plans plans = PLANS.get(year);
		if (plans == null) {
			long kasubbidRhk = chain.approvedChainToKasubbid(year);
			long analis = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, year, RHK_JSON);
			long pengolah = chain.approvedPlanUnderKasubbid(PlanChain.PENGOLAH, kasubbidRhk, year, RHK_JSON);
			plans = new Plans(analis, pengolah);
			PLANS.put(year, plans);
		}
		return plans;
	}

	static long employeeId(JdbcClient jdbc, String nip) {
		return jdbc.sql("SELECT id FROM employee WHERE nip = ?").param(nip).query(Long.class).single();
	}

	/**
	 * Open, rate (with feedback on the RHK and on Akuntabel) and, unless {@code status}
	 * is RATED, finalise an evaluation of the plan by the Kepala Subbidang.
	 */
	static Evaluation evaluation(EvaluationRepository evaluations, JdbcClient jdbc, long skpId, String period,
			Rating hasil, Rating perilaku, EvaluationStatus status) {
		return evaluation(evaluations, jdbc, skpId, period, hasil, perilaku, status, PlanChain.KASUBBID);
	}

	/** Return the plan of the employee with the NIP in the year. */
	static long planOf(JdbcClient jdbc, String nip, int year) {
		return jdbc
			.sql("SELECT s.id FROM skp s JOIN employee e ON e.id = s.employee_id "
					+ "WHERE e.nip = ? AND s.skp_year = ? ORDER BY s.id LIMIT 1")
			.param(nip)
			.param(year)
			.query(Long.class)
			.single();
	}

	/** As above, rated by the employee with the given NIP. */
	static Evaluation evaluation(EvaluationRepository evaluations, JdbcClient jdbc, long skpId, String period,
			Rating hasil, Rating perilaku, EvaluationStatus status, String rater) {
		record Header(long agencyId, long employeeId, int skpYear, @Nullable Long unitId) {
		}
		Header skp = jdbc.sql("SELECT agency_id, employee_id, skp_year, unit_id FROM skp WHERE id = ?")
			.param(skpId)
			.query(Header.class)
			.single();
		long rhkId = jdbc.sql("SELECT id FROM rhk WHERE skp_id = ? ORDER BY id LIMIT 1")
			.param(skpId)
			.query(Long.class)
			.single();
		boolean annual = period.equals(String.valueOf(skp.skpYear()));
		LocalDate start = annual ? LocalDate.of(skp.skpYear(), 1, 1) : LocalDate.of(skp.skpYear(), 1, 1);
		LocalDate end = annual ? LocalDate.of(skp.skpYear(), 12, 31) : LocalDate.of(skp.skpYear(), 1, 31);
		Evaluation evaluation = Evaluation.open(skp.agencyId(), skpId, skp.employeeId(), period, annual, skp.skpYear(),
				start, end, skp.unitId());
		evaluation.writeFeedback(Evaluation.rhkSubject(rhkId), rhkId, null, "Laporan lengkap dan tepat waktu.");
		evaluation.writeFeedback(Evaluation.valueSubject(CoreValue.AKUNTABEL), null, CoreValue.AKUNTABEL,
				"Bertanggung jawab atas setiap laporan.");
		if (status != EvaluationStatus.OPEN) {
			evaluation.rate(hasil, perilaku, "Sesuai bukti dukung.", "Catatan penilai: kerja rapi.",
					"Ikut pelatihan analisis data.", employeeId(jdbc, rater), rater,
					Instant.parse(skp.skpYear() + 1 + "-01-05T03:00:00Z"));
		}
		if (status == EvaluationStatus.FINALISED) {
			evaluation.finalise(PlanChain.KABID, Instant.parse(skp.skpYear() + 1 + "-01-06T03:00:00Z"));
		}
		return evaluations.save(evaluation);
	}

}

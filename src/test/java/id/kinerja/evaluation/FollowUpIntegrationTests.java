package id.kinerja.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeService;
import id.kinerja.employee.Golongan;
import id.kinerja.employee.StructureFixture;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.planning.PlanChain;
import id.kinerja.shared.Nip;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Credit points, development needs and the two-year signals, on approved plans of 2099
 * and 2100 in a small dinas of its own (so that no other test's moves reach it): the head
 * (JPT Pratama, rated by the regional head), a functional Ahli Muda and a bidang head
 * (Administrator) under the head with a staff member under the bidang head, and an Ahli
 * Pertama who joined on 1 August 2100. Evaluations are rated and finalised directly on
 * the aggregate and the events published in one transaction, as the evaluation services
 * do. Years taken: 2099–2100.
 */
@DemoAgencyTest
class FollowUpIntegrationTests {

	static final int FIRST = 2099;

	static final int SECOND = 2100;

	private static final AtomicInteger APPEALS = new AtomicInteger();

	/** The dinas, its people and their plans, built once for the shared context. */
	static final class Dinas {

		long agencyId;

		long unitId;

		String kadis;

		String analis;

		String kabid;

		String staff;

		String newcomer;

		String adminOpd;

		String otherAdmin;

		final Map<String, Long> plans = new HashMap<>();

		final Map<String, Long> evaluations = new HashMap<>();

	}

	private static Dinas dinas;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	DevelopmentNeedRepository needs;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@BeforeEach
	void build() throws Exception {
		if (dinas == null) {
			dinas = buildDinas();
		}
		TestClock.pin(LocalDate.of(SECOND, 10, 1));
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void recordsCreditPointsOfAFunctionalEmployeeWhenTheAnnualEvaluationIsFinalised() {
		Evaluation evaluation = finalisedAnnual(dinas.analis, FIRST, Rating.DI_ATAS_EKSPEKTASI,
				Rating.DI_ATAS_EKSPEKTASI);
		assertThat(evaluation.getCreditJenjang()).isEqualTo(Jenjang.AHLI_MUDA);
		assertThat(evaluation.getCreditMonths()).isEqualTo(12);
		assertThat(evaluation.getCreditPoints()).isEqualByComparingTo("37.50");
		assertThat(this.needs.findByEvaluationId(evaluation.getId())).isEmpty();
		// written in the finalising transaction, and audited as a change of the
		// evaluation
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Evaluation' AND entity_id = :id"
					+ " AND after_state LIKE '%37.5%'")
			.param("id", String.valueOf(evaluation.getId()))
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void recordsNoCreditPointsForAStructuralPost() {
		Evaluation evaluation = finalisedAnnual(dinas.kadis, FIRST, Rating.DI_ATAS_EKSPEKTASI,
				Rating.DI_ATAS_EKSPEKTASI);
		assertThat(evaluation.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
		assertThat(evaluation.getCreditPoints()).isNull();
		assertThat(evaluation.getCreditJenjang()).isNull();
	}

	@Test
	void proRatesCreditPointsByTheMonthsOfTheYearInThePosition() {
		Evaluation evaluation = finalisedAnnual(dinas.newcomer, SECOND, Rating.SESUAI_EKSPEKTASI,
				Rating.SESUAI_EKSPEKTASI);
		assertThat(evaluation.getPeriodStart()).isEqualTo(LocalDate.of(SECOND, 8, 1));
		assertThat(evaluation.getCreditMonths()).isEqualTo(5);
		// Ahli Pertama 12.5 x 100 % x 5/12 = 5.2083 -> 5.21
		assertThat(evaluation.getCreditPoints()).isEqualByComparingTo("5.21");
		assertThat(evaluation.getCreditJenjang()).isEqualTo(Jenjang.AHLI_PERTAMA);
	}

	@Test
	void recordsNoCreditPointsForAPeriodicEvaluationButADevelopmentNeed() {
		Evaluation periodic = finalised(dinas.analis, SECOND, SECOND + "-S1", false, LocalDate.of(SECOND, 1, 1),
				LocalDate.of(SECOND, 6, 30), Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI);
		assertThat(periodic.getPredikat()).isEqualTo(Predikat.KURANG);
		assertThat(periodic.getCreditPoints()).isNull();
		DevelopmentNeed need = this.needs.findByEvaluationId(periodic.getId()).orElseThrow();
		assertThat(need.getStatus()).isEqualTo(DevelopmentNeed.Status.OPEN);
		assertThat(need.getSupport()).isEqualTo(DevelopmentNeed.Support.KONSELING);
		assertThat(need.getPeriodCode()).isEqualTo(SECOND + "-S1");
		assertThat(need.getNeedYear()).isEqualTo(SECOND);
	}

	@Test
	void opensOneDevelopmentNeedWithMentoringForSangatKurang() {
		Evaluation periodic = finalised(dinas.kabid, SECOND, SECOND + "-Q1", false, LocalDate.of(SECOND, 1, 1),
				LocalDate.of(SECOND, 3, 31), Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI);
		DevelopmentNeed need = this.needs.findByEvaluationId(periodic.getId()).orElseThrow();
		assertThat(need.getSupport()).isEqualTo(DevelopmentNeed.Support.MENTORING);
		assertThat(need.getPredikat()).isEqualTo(Predikat.SANGAT_KURANG);
		// an appeal that keeps the result changes nothing; one that changes it to another
		// predikat below Baik keeps the one need, with the support that fits
		decideAppeal(periodic, false, Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI);
		assertThat(this.needs.findByEvaluationId(periodic.getId()).orElseThrow().getSupport())
			.isEqualTo(DevelopmentNeed.Support.MENTORING);
		decideAppeal(periodic, true, Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		DevelopmentNeed followed = this.needs.findByEvaluationId(periodic.getId()).orElseThrow();
		assertThat(followed.getStatus()).isEqualTo(DevelopmentNeed.Status.OPEN);
		assertThat(followed.getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
		assertThat(followed.getSupport()).isEqualTo(DevelopmentNeed.Support.COACHING);
		assertThat(this.jdbc.sql("SELECT count(*) FROM development_need WHERE evaluation_id = :id")
			.param("id", periodic.getId())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void anAppealToBaikCancelsTheNeedAndRecomputesTheCreditPoints() {
		Evaluation evaluation = appealedAnalis2100();
		assertThat(evaluation.getPredikat()).isEqualTo(Predikat.BAIK);
		// Ahli Muda 25 x 100 % after the appeal (it was 25 x 75 % = 18.75 before)
		assertThat(evaluation.getCreditPoints()).isEqualByComparingTo("25.00");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Evaluation' AND entity_id = :id"
					+ " AND after_state LIKE '%18.75%'")
			.param("id", String.valueOf(evaluation.getId()))
			.query(Long.class)
			.single()).as("the credit points before the appeal are in the audit trail").isPositive();
		DevelopmentNeed need = this.needs.findByEvaluationId(evaluation.getId()).orElseThrow();
		assertThat(need.getStatus()).isEqualTo(DevelopmentNeed.Status.CANCELLED);
		assertThat(need.getAppealPredikat()).isEqualTo(Predikat.BAIK);
		assertThat(need.getAppealId()).isNotNull();
		assertThat(need.getNote()).isEqualTo("evaluation.followup.need.cancelled-by-appeal");
	}

	@Test
	void flagsPromotionAndTheTalentPoolForSangatBaikTwoYearsRunning() throws Exception {
		finalisedAnnual(dinas.kadis, FIRST, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		finalisedAnnual(dinas.kadis, SECOND, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		chain().get("admin", "/api/v1/employees/{nip}/follow-up?year={y}", dinas.kadis, SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promotion.met").value(true))
			.andExpect(jsonPath("$.talentPool.met").value(true))
			.andExpect(jsonPath("$.talentPool.thisYear").value("MET"))
			.andExpect(jsonPath("$.talentPool.yearBefore").value("MET"))
			.andExpect(jsonPath("$.years[0].year").value(SECOND))
			.andExpect(jsonPath("$.years[0].predikat").value("SANGAT_BAIK"))
			.andExpect(jsonPath("$.years[1].year").value(FIRST))
			.andExpect(jsonPath("$.totalCreditPoints").value(0));
		chain().get("admin", "/api/v1/follow-up/talent-pool?year={y}", SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nip", hasItem(dinas.kadis)));
		// the year before has no pool of two years for the head
		chain().get("admin", "/api/v1/follow-up/talent-pool?year={y}", FIRST)
			.andExpect(jsonPath("$[*].nip", not(hasItem(dinas.kadis))));
	}

	@Test
	void flagsPromotionButNotTheTalentPoolForSangatBaikThenBaik() throws Exception {
		finalisedAnnual(dinas.analis, FIRST, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		appealedAnalis2100();
		chain().get(dinas.analis, "/api/v1/employees/{nip}/follow-up", dinas.analis)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(SECOND))
			.andExpect(jsonPath("$.promotion.met").value(true))
			.andExpect(jsonPath("$.talentPool.met").value(false))
			.andExpect(jsonPath("$.talentPool.thisYear").value("BELOW"))
			.andExpect(jsonPath("$.talentPool.yearBefore").value("MET"))
			.andExpect(jsonPath("$.years[0].creditPoints").value(25.0))
			.andExpect(jsonPath("$.years[1].creditPoints").value(37.5))
			.andExpect(jsonPath("$.totalCreditPoints").value(62.5));
		chain().get("admin", "/api/v1/follow-up/talent-pool?year={y}", SECOND)
			.andExpect(jsonPath("$[*].nip", not(hasItem(dinas.analis))));
	}

	@Test
	void refusesPromotionWhenOneYearIsBelowBaik() throws Exception {
		finalisedAnnual(dinas.kabid, FIRST, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		Evaluation below = finalisedAnnual(dinas.kabid, SECOND, Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		assertThat(below.getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
		chain().get("admin", "/api/v1/employees/{nip}/follow-up?year={y}", dinas.kabid, SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promotion.met").value(false))
			.andExpect(jsonPath("$.promotion.thisYear").value("BELOW"))
			.andExpect(jsonPath("$.promotion.yearBefore").value("MET"))
			.andExpect(jsonPath("$.needs[*].periodCode", hasItem(String.valueOf(SECOND))));
		chain().get("admin", "/api/v1/follow-up/development-needs?year={y}", SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.nip == '" + dinas.kabid + "' && @.periodCode == '" + SECOND + "')].support")
				.value(hasItem("COACHING")));
		// a year earlier both years fall short: 2098 has no result
		chain().get("admin", "/api/v1/employees/{nip}/follow-up?year={y}", dinas.kabid, FIRST)
			.andExpect(jsonPath("$.promotion.met").value(false))
			.andExpect(jsonPath("$.promotion.thisYear").value("MET"))
			.andExpect(jsonPath("$.promotion.yearBefore").value("MISSING"));
	}

	@Test
	void refusesPromotionWithoutAResultForTheYearBefore() throws Exception {
		finalisedAnnual(dinas.newcomer, SECOND, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		chain().get(dinas.newcomer, "/api/v1/employees/{nip}/follow-up", dinas.newcomer)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promotion.met").value(false))
			.andExpect(jsonPath("$.promotion.thisYear").value("MET"))
			.andExpect(jsonPath("$.promotion.yearBefore").value("MISSING"))
			.andExpect(jsonPath("$.years.length()").value(1));
	}

	@Test
	void doesNotCountARatedButUnfinalisedYear() throws Exception {
		// the staff member's 2100 is rated Sangat Baik but not final: it does not count
		// yet
		long skp = plan(dinas.staff, SECOND);
		Map<String, Object> plan = planRow(skp);
		Evaluation open = Evaluation.open(dinas.agencyId, skp, ((Number) plan.get("employee_id")).longValue(),
				String.valueOf(SECOND), true, SECOND, (LocalDate) plan.get("start_date"),
				(LocalDate) plan.get("end_date"), dinas.unitId);
		open.rate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, "Melampaui semua target.", null, null, null,
				"admin", Instant.now());
		this.evaluations.save(open);
		chain().get("admin", "/api/v1/employees/{nip}/follow-up?year={y}", dinas.staff, SECOND)
			.andExpect(jsonPath("$.promotion.thisYear").value("MISSING"))
			.andExpect(jsonPath("$.years[0].predikat").value("SANGAT_BAIK"))
			.andExpect(jsonPath("$.years[0].isFinal").value(false));
	}

	@Test
	void letsTheEmployeeTheLineTheUnitsAdminOpdAdminBkpsdmAndAuditorReadTheFollowUp() throws Exception {
		finalisedAnnual(dinas.analis, FIRST, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		for (String reader : new String[] { dinas.analis, dinas.kadis, dinas.adminOpd, "admin", "auditor" }) {
			chain().get(reader, "/api/v1/employees/{nip}/follow-up", dinas.analis)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.nip").value(dinas.analis));
			String page = this.mvc.perform(get("/evaluasi/pegawai/{nip}", dinas.analis).cookie(session(reader)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"follow-up-years\"").contains("id=\"signal-promotion\"");
		}
	}

	@Test
	void forbidsAColleagueASubordinateAnotherUnitsAdminOpdAndAnotherAgency() throws Exception {
		// the bidang head is the analyst's colleague under the same head
		chain().get(dinas.kabid, "/api/v1/employees/{nip}/follow-up", dinas.analis).andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluasi/pegawai/{nip}", dinas.analis).cookie(session(dinas.kabid)))
			.andExpect(status().isForbidden());
		// the staff member reports to the bidang head
		chain().get(dinas.staff, "/api/v1/employees/{nip}/follow-up", dinas.kabid).andExpect(status().isForbidden());
		// the demo's Admin OPD administers BKPSDM, not this dinas
		chain().get("199304022018012001", "/api/v1/employees/{nip}/follow-up", dinas.analis)
			.andExpect(status().isForbidden());
		chain().get(dinas.otherAdmin, "/api/v1/employees/{nip}/follow-up", dinas.analis)
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsTheAgencyListsToHrAndToTheUnitsOfAnAdminOpd() throws Exception {
		finalisedAnnual(dinas.kadis, FIRST, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		finalisedAnnual(dinas.kadis, SECOND, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		finalisedAnnual(dinas.kabid, SECOND, Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		for (String hr : new String[] { "admin", "auditor", dinas.adminOpd }) {
			chain().get(hr, "/api/v1/follow-up/talent-pool?year={y}", SECOND)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].nip", hasItem(dinas.kadis)));
			chain().get(hr, "/api/v1/follow-up/development-needs?year={y}", SECOND)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].nip", hasItem(dinas.kabid)));
		}
		chain().get("199304022018012001", "/api/v1/follow-up/talent-pool?year={y}", SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nip", not(hasItem(dinas.kadis))));
		chain().get("199304022018012001", "/api/v1/follow-up/development-needs?year={y}", SECOND)
			.andExpect(jsonPath("$[*].nip", not(hasItem(dinas.kabid))));
		chain().get(dinas.otherAdmin, "/api/v1/follow-up/talent-pool?year={y}", SECOND)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nip", not(hasItem(dinas.kadis))));
		chain().get(dinas.kadis, "/api/v1/follow-up/talent-pool?year={y}", SECOND).andExpect(status().isForbidden());
		chain().get(dinas.analis, "/api/v1/follow-up/development-needs?year={y}", SECOND)
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/follow-up/talent-pool?year={y}", SECOND)).andExpect(status().isUnauthorized());
	}

	@Test
	void showsTheYearsCreditPointsNeedsAndSignalsOnTheOwnPage() throws Exception {
		finalisedAnnual(dinas.analis, FIRST, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		appealedAnalis2100();
		finalised(dinas.analis, SECOND, SECOND + "-S1", false, LocalDate.of(SECOND, 1, 1), LocalDate.of(SECOND, 6, 30),
				Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI);
		String page = this.mvc.perform(get("/evaluasi/saya").cookie(session(dinas.analis)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"nav-follow-up\"")
			.contains("id=\"signal-promotion\" data-met=\"true\"")
			.contains("id=\"signal-talent\" data-met=\"false\"")
			.contains("data-credit-points=\"37.50\"")
			.contains("data-credit-points=\"25.00\"")
			.contains("id=\"credit-total\" class=\"fw-semibold\" data-credit-points=\"62.50\"")
			.contains("Perlu pembinaan")
			.contains("data-support=\"KONSELING\" data-predikat=\"KURANG\"")
			.contains("Tahun 2100: predikat final paling rendah Baik, terpenuhi.")
			.contains("keberatan nomor");
		// the profile links to the page for those who may read it
		this.mvc.perform(get("/employees/{nip}", dinas.analis).cookie(session(dinas.kadis)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/evaluasi/pegawai/" + dinas.analis)));
	}

	// --- the scenario -------------------------------------------------------------

	/** The analyst's 2100: Butuh Perbaikan, finalised, then changed to Baik by appeal. */
	private Evaluation appealedAnalis2100() {
		String key = dinas.analis + ":" + SECOND;
		if (!dinas.evaluations.containsKey(key + ":appealed")) {
			Evaluation evaluation = finalisedAnnual(dinas.analis, SECOND, Rating.DI_BAWAH_EKSPEKTASI,
					Rating.SESUAI_EKSPEKTASI);
			assertThat(evaluation.getCreditPoints()).isEqualByComparingTo("18.75");
			assertThat(this.needs.findByEvaluationId(evaluation.getId()).orElseThrow().getStatus())
				.isEqualTo(DevelopmentNeed.Status.OPEN);
			decideAppeal(evaluation, true, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
			dinas.evaluations.put(key + ":appealed", evaluation.getId());
		}
		return this.evaluations.findById(dinas.evaluations.get(key)).orElseThrow();
	}

	/**
	 * Return the employee's annual evaluation of the year, finalised once with the
	 * ratings.
	 */
	private Evaluation finalisedAnnual(String nip, int year, Rating hasil, Rating perilaku) {
		long skp = plan(nip, year);
		Map<String, Object> row = planRow(skp);
		return finalised(nip, year, String.valueOf(year), true, (LocalDate) row.get("start_date"),
				(LocalDate) row.get("end_date"), hasil, perilaku);
	}

	private Evaluation finalised(String nip, int year, String period, boolean annual, LocalDate start, LocalDate end,
			Rating hasil, Rating perilaku) {
		String key = nip + ":" + period;
		Long known = dinas.evaluations.get(key);
		if (known == null) {
			long skp = plan(nip, year);
			Map<String, Object> row = planRow(skp);
			long employeeId = ((Number) row.get("employee_id")).longValue();
			known = this.transactions.execute((tx) -> {
				Evaluation evaluation = Evaluation.open(dinas.agencyId, skp, employeeId, period, annual, year, start,
						end, ((Number) row.get("unit_id")).longValue());
				evaluation.rate(hasil, perilaku, hasil.needsReason() || perilaku.needsReason() ? "Alasan uji." : null,
						null, null, null, "admin", Instant.now());
				evaluation.finalise("admin", Instant.now());
				Evaluation saved = this.evaluations.save(evaluation);
				this.events.publishEvent(
						new EvaluationFinalised(saved.getId(), skp, employeeId, period, annual, saved.getPredikat()));
				return saved.getId();
			});
			dinas.evaluations.put(key, known);
		}
		return this.evaluations.findById(known).orElseThrow();
	}

	private void decideAppeal(Evaluation evaluation, boolean change, Rating hasil, Rating perilaku) {
		this.transactions.executeWithoutResult((tx) -> {
			Evaluation current = this.evaluations.findById(evaluation.getId()).orElseThrow();
			this.jdbc.sql("""
					INSERT INTO appeal (agency_id, evaluation_id, employee_id, status, reasons, filed_at, decision,
					    decided_at, decided_by, created_at, created_by, updated_at, updated_by, version)
					VALUES (:agency, :evaluation, :employee, 'DECIDED', :reasons, :at, :decision, :at, 'uji',
					    :at, 'uji', :at, 'uji', 0)""")
				.param("agency", dinas.agencyId)
				.param("evaluation", current.getId())
				.param("employee", current.getEmployeeId())
				.param("reasons", "Keberatan uji " + APPEALS.incrementAndGet())
				.param("at", java.sql.Timestamp.from(Instant.now()))
				.param("decision", change ? "CHANGE" : "KEEP")
				.update();
			long appealId = lastAppeal(current.getId());
			if (change) {
				current.changeByAppeal(hasil, perilaku);
				current = this.evaluations.save(current);
			}
			this.events.publishEvent(new AppealDecided(appealId, current.getId(), current.getEmployeeId(), change,
					current.getPredikat()));
		});
		// an evaluation has one appeal: free it for a later one in the same test, unless
		// a
		// cancelled need names it
		this.jdbc
			.sql("DELETE FROM appeal WHERE evaluation_id = :id AND id NOT IN"
					+ " (SELECT appeal_id FROM development_need WHERE appeal_id IS NOT NULL)")
			.param("id", evaluation.getId())
			.update();
	}

	private long lastAppeal(long evaluationId) {
		return this.jdbc.sql("SELECT max(id) FROM appeal WHERE evaluation_id = :id")
			.param("id", evaluationId)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> planRow(long skp) {
		return this.jdbc.sql("SELECT employee_id, start_date, end_date, unit_id, status FROM skp WHERE id = :id")
			.param("id", skp)
			.query((rs, n) -> Map.<String, Object>of("employee_id", rs.getLong(1), "start_date",
					rs.getObject(2, LocalDate.class), "end_date", rs.getObject(3, LocalDate.class), "unit_id",
					rs.getLong(4), "status", rs.getString(5)))
			.single();
	}

	private long plan(String nip, int year) {
		Long skp = dinas.plans.get(nip + ":" + year);
		assertThat(skp).as("plan of %s in %s", nip, year).isNotNull();
		return skp;
	}

	private PlanChain chain() {
		return new PlanChain(this.mvc);
	}

	private Cookie session(String username) throws Exception {
		return TestSignIn.session(this.mvc, username);
	}

	// --- the dinas ------------------------------------------------------------------

	private Dinas buildDinas() throws Exception {
		Dinas built = new Dinas();
		AgencyRepository agencies = this.context.getBean(AgencyRepository.class);
		UnitService units = this.context.getBean(UnitService.class);
		PositionService positions = this.context.getBean(PositionService.class);
		built.agencyId = agencies.findByCode("KOTA-CONTOH").orElseThrow().getId();
		String code = "TL" + APPEALS.incrementAndGet() + System.nanoTime() % 10000;
		Unit unit = units.create(built.agencyId, code, "Dinas Uji Tindak Lanjut", "Dinas TL", null);
		Unit bidang = units.create(built.agencyId, code + ".B", "Bidang Uji Tindak Lanjut", null, code);
		built.unitId = unit.getId();
		Position head = positions.create(built.agencyId, unit.getId(), "Kepala Dinas Uji Tindak Lanjut",
				PositionType.JPT_PRATAMA, null, null, true);
		Position analisPost = positions.create(built.agencyId, unit.getId(), "Analis Kebijakan Ahli Muda",
				PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA, head.getId(), false);
		Position kabidPost = positions.create(built.agencyId, bidang.getId(), "Kepala Bidang Uji Tindak Lanjut",
				PositionType.ADMINISTRATOR, null, head.getId(), true);
		Position staffPost = positions.create(built.agencyId, bidang.getId(), "Pengolah Data Tindak Lanjut",
				PositionType.PELAKSANA, null, kabidPost.getId(), false);
		Position newcomerPost = positions.create(built.agencyId, unit.getId(), "Pranata Komputer Ahli Pertama",
				PositionType.FUNGSIONAL, Jenjang.AHLI_PERTAMA, head.getId(), false);
		LocalDate start = LocalDate.of(2024, 1, 2);
		built.kadis = hire(built.agencyId, "Kadis Tindak Lanjut", head, start, true);
		built.analis = hire(built.agencyId, "Analis Tindak Lanjut", analisPost, start, false);
		built.kabid = hire(built.agencyId, "Kabid Tindak Lanjut", kabidPost, start, true);
		built.staff = hire(built.agencyId, "Staf Tindak Lanjut", staffPost, start, false);
		built.newcomer = hire(built.agencyId, "Pegawai Baru Tindak Lanjut", newcomerPost, LocalDate.of(SECOND, 8, 1),
				false);
		AccountService accounts = this.context.getBean(AccountService.class);
		built.adminOpd = "opd-tl-" + code.toLowerCase(java.util.Locale.ROOT);
		accounts.createAccount(built.agencyId, built.adminOpd, "Admin OPD Tindak Lanjut", DemoAgencyTest.PASSWORD,
				false, EnumSet.of(Role.ADMIN_OPD), unit.getId());
		Agency other = agencies.save(Agency.create("LAIN-" + code, "Kabupaten Lain " + code, AgencyType.KABUPATEN));
		built.otherAdmin = "admin-lain-" + code.toLowerCase(java.util.Locale.ROOT);
		accounts.createAccount(other.getId(), built.otherAdmin, "Admin Lain", DemoAgencyTest.PASSWORD, false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		dinas = built;
		// approved plans of both years: the head's by the regional head's stand-in, the
		// others' by the head (the staff member's by the bidang head)
		for (int year : new int[] { FIRST, SECOND }) {
			TestClock.pin(LocalDate.of(year, (year == SECOND) ? 9 : 3, 1));
			PlanChain chain = new PlanChain(this.mvc);
			long kadisPlan = chain.startOwn(built.kadis, year);
			long kadisRhk = chain.addRhk(built.kadis, kadisPlan, "Layanan publik tepat waktu", null, "PROSES_BISNIS");
			chain.submitAndApprove(built.kadis, "admin", kadisPlan);
			built.plans.put(built.kadis + ":" + year, kadisPlan);
			long kabidRhk = 0;
			for (String nip : (year == SECOND) ? new String[] { built.analis, built.kabid, built.newcomer }
					: new String[] { built.analis, built.kabid }) {
				long skp = chain.startOwn(nip, year);
				long rhk = chain.addRhk(nip, skp, "Dukungan layanan " + nip.substring(14), kadisRhk, null);
				chain.submitAndApprove(nip, built.kadis, skp);
				built.plans.put(nip + ":" + year, skp);
				if (nip.equals(built.kabid)) {
					kabidRhk = rhk;
				}
			}
			long staffPlan = chain.startOwn(built.staff, year);
			chain.addRhk(built.staff, staffPlan, "Olah data layanan", kabidRhk, null);
			chain.submitAndApprove(built.staff, built.kabid, staffPlan);
			built.plans.put(built.staff + ":" + year, staffPlan);
		}
		TestClock.reset();
		for (Long skp : built.plans.values()) {
			assertThat(planRow(skp).get("status")).isEqualTo("APPROVED");
		}
		return built;
	}

	private String hire(long agencyId, String name, Position post, LocalDate from, boolean supervises) {
		String nip = StructureFixture.nextNip();
		AccountService accounts = this.context.getBean(AccountService.class);
		EnumSet<Role> roles = supervises ? EnumSet.of(Role.PEGAWAI, Role.ATASAN) : EnumSet.of(Role.PEGAWAI);
		accounts.createAccount(agencyId, nip, name, DemoAgencyTest.PASSWORD, false, roles, null);
		Employee.Details details = new Employee.Details(name, null, "S.Kom.", "L", Nip.check(nip).nip().birthDate(),
				Nip.AsnType.PNS, Golongan.III_B, null, null);
		Employee employee = this.context.getBean(EmployeeService.class)
			.register(agencyId, nip, details, post.getId(), from);
		assertThat(employee.getNip()).isEqualTo(nip);
		return nip;
	}

}

package id.kinerja.planning;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static id.kinerja.planning.PlanChain.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class CascadeApiIntegrationTests {

	/** The Admin OPD of the demo: administers BKPSDM's subtree. */
	static final String ADMIN_OPD = "199304022018012001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	@BeforeEach
	void signIn() {
		this.chain = new PlanChain(this.mvc);
	}

	long employeeId(String nip) {
		return this.jdbc.sql("SELECT id FROM employee WHERE nip = ?").param(nip).query(Long.class).single();
	}

	long unitId(String code) {
		return this.jdbc.sql(
				"SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'KOTA-CONTOH' AND u.code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	String body(String as, String path, Object... vars) throws Exception {
		return this.chain.get(as, path, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void opensTheAgencyAndWalksDownTheDemoCascade() throws Exception {
		// The demo seeds everyone's plan of the current year.
		String root = body("admin", "/api/v1/skp/tree");
		assertThat(JsonPath.<String>read(root, "$.node.kind")).isEqualTo("AGENCY");
		List<String> goals = JsonPath.read(root, "$.children[?(@.kind == 'GOAL')].code");
		assertThat(goals).contains("SS-1", "SS-2", "SS-3", "SS-4");
		List<String> units = JsonPath.read(root, "$.children[?(@.kind == 'UNIT')].code");
		assertThat(units).contains("BKPSDM", "DINKES", "SETDA");
		// An agency goal holds the unit goals that support it and the RHKs derived from
		// it.
		String goalId = JsonPath.<List<String>>read(root, "$.children[?(@.code == 'SS-1')].id").get(0);
		String goal = body("admin", "/api/v1/skp/tree/nodes/{node}/children", goalId);
		assertThat(JsonPath.<List<String>>read(goal, "$[*].kind")).contains("GOAL", "RHK");
		// A unit holds its goals, its head and its sub-units.
		String bkpsdm = body("admin", "/api/v1/skp/tree/nodes/{node}/children", "unit-" + unitId("BKPSDM"));
		assertThat(JsonPath.<List<String>>read(bkpsdm, "$[?(@.kind == 'EMPLOYEE')].nip")).containsExactly(KABAN);
		assertThat(JsonPath.<List<String>>read(bkpsdm, "$[?(@.kind == 'UNIT')].code")).contains("BKPSDM.PKA");
		assertThat(JsonPath.<List<String>>read(bkpsdm, "$[?(@.kind == 'GOAL')].code")).isNotEmpty();
		// The head's node holds the RHKs and the direct subordinates; each RHK the
		// subordinates' RHKs that support it.
		String kaban = body("admin", "/api/v1/skp/tree/nodes/{node}/children", "employee-" + employeeId(KABAN));
		List<String> rhks = JsonPath.read(kaban, "$[?(@.kind == 'RHK')].id");
		assertThat(rhks).hasSize(3);
		assertThat(JsonPath.<List<String>>read(kaban, "$[?(@.kind == 'EMPLOYEE')].nip")).contains(KABID);
		int supporters = 0;
		for (String rhk : rhks) {
			String below = body("admin", "/api/v1/skp/tree/nodes/{node}/children", rhk);
			supporters += JsonPath.<List<Object>>read(below, "$[*]").size();
			assertThat(JsonPath.<List<String>>read(below, "$[*].kind")).allMatch("RHK"::equals);
		}
		assertThat(supporters).isPositive();
	}

	@Test
	void flagsAnUnsupportedRhkAndEmployeesWithoutAnApprovedPlan() throws Exception {
		int year = 2060;
		long sekda = this.chain.startOwn(SEKDA, year);
		long supported = this.chain.addRhk(SEKDA, sekda, "Birokrasi yang bersih dan melayani", null, "PROSES_BISNIS");
		long lonely = this.chain.addRhk(SEKDA, sekda, "Pendapatan asli daerah yang meningkat", null, "ANGGARAN");
		long kaban = this.chain.startOwn(KABAN, year);
		this.chain.addRhk(KABAN, kaban, "Manajemen talenta ASN yang berjalan", supported, "PENGUATAN_INTERNAL");
		String opened = body("admin", "/api/v1/skp/tree?year={year}&nip={nip}", year, SEKDA);
		assertThat(JsonPath.<String>read(opened, "$.node.planState")).isEqualTo("DRAFT");
		assertThat(JsonPath.<List<String>>read(opened, "$.node.flags[*]")).containsExactly("NOT_APPROVED");
		assertThat(JsonPath.<List<List<String>>>read(opened, "$.children[?(@.id == 'rhk-" + lonely + "')].flags"))
			.singleElement()
			.satisfies((flags) -> assertThat(flags).contains("UNSUPPORTED"));
		assertThat(JsonPath.<List<List<String>>>read(opened, "$.children[?(@.id == 'rhk-" + supported + "')].flags"))
			.singleElement()
			.satisfies((flags) -> assertThat(flags).doesNotContain("UNSUPPORTED"));
		// Heads below the Sekda who have not started are flagged too.
		List<String> none = JsonPath.read(opened,
				"$.children[?(@.kind == 'EMPLOYEE' && @.planState == 'NONE')].flags[0]");
		assertThat(none).isNotEmpty().allMatch("NOT_APPROVED"::equals);
		String supporting = body("admin", "/api/v1/skp/tree/nodes/{node}/children?year={year}", "rhk-" + supported,
				year);
		assertThat(JsonPath.<List<String>>read(supporting, "$[*].nip")).containsExactly(KABAN);
	}

	@Test
	void showsAnEmployeeOnlyTheirOwnLine() throws Exception {
		int year = 2061;
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long kasubbidRhk = this.chain.addRhk(KASUBBID, kasubbid, "Penilaian kinerja yang tepat waktu", null, null);
		long analis = this.chain.startOwn(ANALIS, year);
		this.chain.addRhk(ANALIS, analis, "Analisis hasil penilaian kinerja", kasubbidRhk, null);
		long pengolah = this.chain.startOwn(PENGOLAH, year);
		long pengolahRhk = this.chain.addRhk(PENGOLAH, pengolah, "Data kinerja yang mutakhir", kasubbidRhk, null);
		// Where the analyst starts: the supervisor, whose RHKs the plan builds on.
		String opened = body(ANALIS, "/api/v1/skp/tree?year={year}", year);
		assertThat(JsonPath.<String>read(opened, "$.node.nip")).isEqualTo(KASUBBID);
		assertThat(JsonPath.<List<String>>read(opened, "$.children[?(@.kind == 'EMPLOYEE')].nip"))
			.containsExactly(ANALIS);
		String below = body(ANALIS, "/api/v1/skp/tree/nodes/{node}/children?year={year}", "rhk-" + kasubbidRhk, year);
		assertThat(JsonPath.<List<String>>read(below, "$[*].nip")).containsExactly(ANALIS);
		// The colleague's plan, the units and the heads above stay closed.
		this.chain
			.get(ANALIS, "/api/v1/skp/tree/nodes/{node}/children?year={year}", "employee-" + employeeId(PENGOLAH), year)
			.andExpect(status().isForbidden());
		this.chain.get(ANALIS, "/api/v1/skp/tree/nodes/{node}/children?year={year}", "rhk-" + pengolahRhk, year)
			.andExpect(status().isForbidden());
		this.chain.get(ANALIS, "/api/v1/skp/tree?year={year}&nip={nip}", year, KABID).andExpect(status().isForbidden());
		this.chain.get(ANALIS, "/api/v1/skp/tree?unit=BKPSDM").andExpect(status().isForbidden());
		this.chain.get(ANALIS, "/api/v1/skp/tree/search?year={year}&q={q}", year, "Data kinerja yang mutakhir")
			.andExpect(jsonPath("$[*].id", not(hasItem("rhk-" + pengolahRhk))));
		// The head sees the whole team.
		String head = body(KASUBBID, "/api/v1/skp/tree/nodes/{node}/children?year={year}", "rhk-" + kasubbidRhk, year);
		assertThat(JsonPath.<List<String>>read(head, "$[*].nip")).containsExactlyInAnyOrder(ANALIS, PENGOLAH);
		this.chain.get(KASUBBID, "/api/v1/skp/tree/search?year={year}&q={q}", year, "Data kinerja yang mutakhir")
			.andExpect(jsonPath("$[*].id", hasItem("rhk-" + pengolahRhk)));
	}

	@Test
	void limitsAdminsAndHeadsToTheirSubtrees() throws Exception {
		this.chain.get(ADMIN_OPD, "/api/v1/skp/tree").andExpect(jsonPath("$.node.code").value("BKPSDM"));
		this.chain.get(ADMIN_OPD, "/api/v1/skp/tree?unit=BKPSDM.PKA").andExpect(status().isOk());
		this.chain.get(ADMIN_OPD, "/api/v1/skp/tree?unit=DINKES").andExpect(status().isForbidden());
		this.chain.get(ADMIN_OPD, "/api/v1/skp/tree/nodes/{node}/children", "unit-" + unitId("DINKES"))
			.andExpect(status().isForbidden());
		this.chain.get(ADMIN_OPD, "/api/v1/skp/tree")
			.andExpect(jsonPath("$.children[?(@.kind == 'UNIT')].code", hasItem("BKPSDM.PKA")));
		this.chain.get(KABID, "/api/v1/skp/tree").andExpect(jsonPath("$.node.code").value("BKPSDM.PKA"));
		this.chain.get(KABID, "/api/v1/skp/tree?unit=BKPSDM").andExpect(status().isForbidden());
		this.chain.get(KABID, "/api/v1/skp/tree?nip={nip}", KABAN).andExpect(status().isOk());
		this.chain.get(KABID, "/api/v1/skp/tree?nip={nip}", SEKDA).andExpect(status().isForbidden());
		this.chain.get("auditor", "/api/v1/skp/tree?unit=DINKES").andExpect(status().isOk());
		this.chain.get("auditor", "/api/v1/skp/tree/nodes/agency/children")
			.andExpect(jsonPath("$[*].code", hasItem("DINKES")));
	}

	@Test
	void refusesBadParametersNamingThem() throws Exception {
		this.chain.get("admin", "/api/v1/skp/tree?year=abc")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.chain.get("admin", "/api/v1/skp/tree?year=1999")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.chain.get("admin", "/api/v1/skp/tree/nodes/{node}/children", "planet-4")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("node"));
		this.chain.get("admin", "/api/v1/skp/tree/nodes/{node}/children", "rhk-99999999999")
			.andExpect(status().isNotFound());
		this.chain.get("admin", "/api/v1/skp/tree?unit=NOPE").andExpect(status().isNotFound());
		this.chain.get("admin", "/api/v1/skp/tree?nip=000").andExpect(status().isNotFound());
		this.chain.get("admin", "/api/v1/skp/tree/search?q=a")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		this.chain.get("admin", "/api/v1/skp/summary?year=20x6")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.chain.get("admin", "/api/v1/skp/waiting-chain?year=3000")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void findsEmployeesAndRhks() throws Exception {
		int year = 2062;
		long kabid = this.chain.startOwn(KABID, year);
		long rhk = this.chain.addRhk(KABID, kabid, "Sistem informasi penilaian kinerja terpadu", null, null);
		this.chain.get("admin", "/api/v1/skp/tree/search?year={year}&q={q}", year, "Dewi Lestari")
			.andExpect(jsonPath("$[?(@.kind == 'EMPLOYEE')].nip", hasItem(KASUBBID)));
		this.chain.get("admin", "/api/v1/skp/tree/search?year={year}&q={q}", year, "informasi PENILAIAN kinerja")
			.andExpect(jsonPath("$[*].id", hasItem("rhk-" + rhk)));
		this.chain.get("admin", "/api/v1/skp/tree/search?year={year}&q={q}", year, KABID.substring(0, 8))
			.andExpect(jsonPath("$[*].nip", hasItem(KABID)));
	}

	@Test
	void summarisesEachUnitWithItsSubtree() throws Exception {
		String all = body("admin", "/api/v1/skp/summary");
		long agencyId = this.jdbc.sql("SELECT id FROM agency WHERE code = 'KOTA-CONTOH'").query(Long.class).single();
		Long active = this.jdbc.sql("""
				SELECT count(DISTINCT a.employee_id) FROM assignment a JOIN employee e ON e.id = a.employee_id
				WHERE a.agency_id = ? AND a.kind = 'DEFINITIF' AND e.status = 'ACTIVE'
				  AND a.start_date <= CURRENT_DATE AND (a.end_date IS NULL OR a.end_date >= CURRENT_DATE)
				""").param(agencyId).query(Long.class).single();
		assertThat(JsonPath.<Integer>read(all, "$.total.active").longValue()).isEqualTo(active);
		int approved = JsonPath.read(all, "$.total.approved");
		int sum = JsonPath.<Integer>read(all, "$.total.none") + JsonPath.<Integer>read(all, "$.total.draft")
				+ JsonPath.<Integer>read(all, "$.total.submitted") + JsonPath.<Integer>read(all, "$.total.returned")
				+ approved;
		assertThat((long) sum).isEqualTo(active);
		// The demo's plans of the current year: most approved, some not.
		assertThat(approved).isGreaterThan((int) (active * 0.8)).isLessThan(active.intValue());
		if (JsonPath.<Boolean>read(all, "$.deadlinePassed")) {
			assertThat(JsonPath.<Integer>read(all, "$.total.overdue")).isEqualTo(active.intValue() - approved);
		}
		// A subtree's total is its own people and those of the units below.
		String bkpsdm = body("admin", "/api/v1/skp/summary?unit=BKPSDM");
		assertThat(JsonPath.<String>read(bkpsdm, "$.units[0].code")).isEqualTo("BKPSDM");
		List<Integer> childTotals = JsonPath.read(bkpsdm, "$.units[?(@.parentCode == 'BKPSDM')].subtree.active");
		int own = JsonPath.read(bkpsdm, "$.units[0].own.active");
		assertThat(JsonPath.<Integer>read(bkpsdm, "$.units[0].subtree.active"))
			.isEqualTo(own + childTotals.stream().mapToInt(Integer::intValue).sum());
		// A future year before its deadline: nobody has started, nobody is late.
		String future = body("admin", "/api/v1/skp/summary?year=2099&unit=BKPSDM");
		assertThat(JsonPath.<Integer>read(future, "$.total.none")).isEqualTo(JsonPath.read(future, "$.total.active"));
		assertThat(JsonPath.<Integer>read(future, "$.total.overdue")).isZero();
	}

	@Test
	void limitsTheSummaryToWhatEachMayRead() throws Exception {
		this.chain.get(ANALIS, "/api/v1/skp/summary").andExpect(status().isForbidden());
		this.chain.get(ADMIN_OPD, "/api/v1/skp/summary")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].code").value("BKPSDM"));
		this.chain.get(ADMIN_OPD, "/api/v1/skp/summary?unit=DINKES").andExpect(status().isForbidden());
		this.chain.get(KABID, "/api/v1/skp/summary").andExpect(jsonPath("$.units[0].code").value("BKPSDM.PKA"));
		this.chain.get(KABID, "/api/v1/skp/summary?unit=BKPSDM").andExpect(status().isForbidden());
		this.chain.get("auditor", "/api/v1/skp/summary?unit=DINKES").andExpect(status().isOk());
	}

	@Test
	void tellsAHeadWhoWaitsForWhomBelow() throws Exception {
		int year = 2063;
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long kasubbidRhk = this.chain.addRhk(KASUBBID, kasubbid, "Evaluasi kinerja triwulanan", null, null);
		long analis = this.chain.startOwn(ANALIS, year);
		this.chain.addRhk(ANALIS, analis, "Rekap evaluasi kinerja triwulanan", kasubbidRhk, null);
		String mine = body(KASUBBID, "/api/v1/skp/waiting-chain?year={year}", year);
		assertThat(JsonPath.<Boolean>read(mine, "$.subordinates")).isTrue();
		assertThat(
				JsonPath.<List<Integer>>read(mine,
						"$.entries[?(@.nip == '" + ANALIS
								+ "' && @.reason == 'SUPERVISOR_PLAN' && @.onMe == true)].linkedRhks"))
			.containsExactly(1);
		assertThat(JsonPath.<List<String>>read(mine, "$.entries[?(@.nip == '" + PENGOLAH + "')].planState"))
			.containsExactly("NONE");
		// Further up, the same people wait on someone below, and the head below waits
		// too.
		String above = body(KABID, "/api/v1/skp/waiting-chain?year={year}", year);
		assertThat(JsonPath.<List<Boolean>>read(above, "$.entries[?(@.nip == '" + ANALIS + "')].onMe"))
			.containsExactly(false);
		assertThat(JsonPath.<List<Integer>>read(above, "$.entries[?(@.nip == '" + ANALIS + "')].level"))
			.containsExactly(2);
		assertThat(JsonPath.<List<String>>read(above, "$.entries[?(@.nip == '" + KASUBBID + "')].waitsForNip"))
			.containsExactly(KABID);
		this.chain.get(ANALIS, "/api/v1/skp/waiting-chain?year={year}", year)
			.andExpect(jsonPath("$.subordinates").value(false))
			.andExpect(jsonPath("$.entries").isEmpty());
	}

	@Test
	void listsASubmittedPlanAsWaitingForTheDecision() throws Exception {
		int year = 2064;
		long sekda = this.chain.startOwn(SEKDA, year);
		long sekdaRhk = this.chain.addRhk(SEKDA, sekda, "Reformasi birokrasi yang berdampak", null, "PROSES_BISNIS");
		this.chain.submitAndApprove(SEKDA, "admin", sekda);
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Layanan kepegawaian digital", sekdaRhk, "PENERIMA_LAYANAN");
		this.chain.submitAndApprove(KABAN, SEKDA, kaban);
		long kabid = this.chain.startOwn(KABID, year);
		this.chain.addRhk(KABID, kabid, "Penilaian kinerja daring", kabanRhk, null);
		this.chain.action(KABID, kabid, "submit", "{}").andExpect(status().isOk());
		String chain = body(KABAN, "/api/v1/skp/waiting-chain?year={year}", year);
		assertThat(JsonPath.<List<String>>read(chain, "$.entries[?(@.nip == '" + KABID + "')].reason"))
			.containsExactly("DECISION");
		assertThat(JsonPath.<List<String>>read(chain, "$.entries[?(@.nip == '" + KABID + "')].waitsForState"))
			.containsExactly("APPROVED");
	}

}

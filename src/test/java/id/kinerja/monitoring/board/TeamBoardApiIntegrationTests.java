package id.kinerja.monitoring.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.employee.ReportingLines;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.planning.PlanChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.board.BoardFixture.ANALIS;
import static id.kinerja.monitoring.board.BoardFixture.KABID;
import static id.kinerja.monitoring.board.BoardFixture.KASUBBID;
import static id.kinerja.monitoring.board.BoardFixture.PENGOLAH;
import static id.kinerja.monitoring.board.BoardFixture.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The team board and the own standing through the API; years 2080–2081. */
@DemoAgencyTest
class TeamBoardApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingLines lines;

	@Autowired
	MessageSource messages;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	BoardFixture fixture;

	@BeforeEach
	void prepare() {
		this.fixture = new BoardFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag("id"));
	}

	@Test
	void listsExactlyTheCallersDirectSubordinatesWithTheirPlans() throws Exception {
		long plan = this.fixture.startOwn(ANALIS, 2080);
		Set<Long> team = this.lines.directSubordinates(this.fixture.employeeId(KASUBBID), LocalDate.now());
		List<String> nips = this.jdbc.sql("SELECT nip FROM employee WHERE id IN (:ids)")
			.param("ids", team)
			.query(String.class)
			.list();
		assertThat(nips).contains(ANALIS, PENGOLAH);
		String json = this.fixture.get(KASUBBID, "/api/v1/team?year=2080")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2080))
			.andExpect(jsonPath("$.period").value("2080-01"))
			.andExpect(jsonPath("$.periods.length()").value(12))
			.andExpect(jsonPath("$.skpDeadline").value("2080-01-31"))
			.andExpect(jsonPath("$.periodDeadline").value("2080-02-05"))
			.andExpect(jsonPath("$.members[?(@.nip == '" + ANALIS + "')].skpStatus").value(hasItem("DRAFT")))
			.andExpect(jsonPath("$.members[?(@.nip == '" + ANALIS + "')].skpLink").value(hasItem("/skp/" + plan)))
			.andExpect(jsonPath("$.members[?(@.nip == '" + ANALIS + "')].reportStatus").value(hasItem("NONE")))
			.andExpect(jsonPath("$.members[?(@.nip == '" + ANALIS + "')].overdue[*]", empty()))
			.andExpect(jsonPath("$.members[?(@.nip == '" + PENGOLAH + "')].skpStatus").value(hasItem("NONE")))
			.andExpect(jsonPath("$.members[?(@.nip == '" + PENGOLAH + "')].skpLink").value(hasItem((Object) null)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> shown = JsonPath.read(json, "$.members[*].nip");
		assertThat(shown).containsExactlyInAnyOrderElementsOf(nips).doesNotContain(KASUBBID);
	}

	@Test
	void showsThePeriodsReportAchievementPerRhkAndWhatIsOverdue() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		long kasubbidRhk = chain.approvedChainToKasubbid(2081);
		long plan = chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, 2081, """
				{"text":"Analisis jabatan unit kerja","kind":"UTAMA","supervisorRhkId":%d,"indicators":[
				 {"text":"Dokumen analisis jabatan","aspect":"KUANTITAS","target":"10","unit":"dokumen"},
				 {"text":"Peta jabatan","aspect":"KUANTITAS","target":"4","unit":"peta"}]}""");
		List<Number> indicators = JsonPath.read(chain.read(ANALIS, plan).andReturn().getResponse().getContentAsString(),
				"$.rhk[0].indicators[*].id");
		// Realise February on 3 March and submit it.
		TestClock.pin(LocalDate.of(2081, 3, 3));
		chain.send(ANALIS, "/api/v1/skp/{id}/realisations", """
				{"period":"2081-02","indicatorId":%d,"value":"8"}""".formatted(indicators.get(0).longValue()), plan)
			.andExpect(status().is2xxSuccessful());
		chain.send(ANALIS, "/api/v1/skp/{id}/realisations", """
				{"period":"2081-02","indicatorId":%d,"value":"4"}""".formatted(indicators.get(1).longValue()), plan)
			.andExpect(status().is2xxSuccessful());
		chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", plan, "2081-02").andExpect(status().isOk());
		// The board shows the average of the indicators' achievements as the realisation
		// module computed them, to one decimal.
		double average = this.jdbc.sql("SELECT achievement FROM realisation WHERE skp_id = :skp")
			.param("skp", plan)
			.query(java.math.BigDecimal.class)
			.list()
			.stream()
			.mapToDouble(java.math.BigDecimal::doubleValue)
			.average()
			.orElseThrow();
		double expected = java.math.BigDecimal.valueOf(average)
			.setScale(1, java.math.RoundingMode.HALF_UP)
			.doubleValue();
		TestClock.pin(LocalDate.of(2081, 4, 20));
		String analis = "$.members[?(@.nip == '" + ANALIS + "')]";
		this.fixture.get(KASUBBID, "/api/v1/team?year=2081&period=2081-02")
			.andExpect(status().isOk())
			.andExpect(jsonPath(analis + ".skpStatus").value(hasItem("APPROVED")))
			.andExpect(jsonPath(analis + ".reportStatus").value(hasItem("SUBMITTED")))
			.andExpect(jsonPath(analis + ".reportLate").value(hasItem(false)))
			.andExpect(jsonPath(analis + ".rhks[0].achievement").value(hasItem(expected)))
			.andExpect(jsonPath(analis + ".rhks[0].period").value(hasItem("2081-02")))
			.andExpect(jsonPath(analis + ".realisationLink").value(hasItem("/skp/" + plan + "/realisasi/2081-02")))
			.andExpect(jsonPath(analis + ".lastActivity").value(not(hasItem((Object) null))));
		// The current period (April) has no report yet; the RHK shows the latest figure.
		String json = this.fixture.get(KASUBBID, "/api/v1/team?year=2081")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2081-04"))
			.andExpect(jsonPath(analis + ".reportStatus").value(hasItem("NONE")))
			.andExpect(jsonPath(analis + ".rhks[0].achievement").value(hasItem(expected)))
			.andExpect(jsonPath(analis + ".rhks[0].period").value(hasItem("2081-02")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> overdue = new ArrayList<>();
		List<List<java.util.Map<String, Object>>> items = JsonPath.read(json, analis + ".overdue");
		items.get(0).forEach((item) -> overdue.add(item.get("kind") + " " + item.get("period")));
		assertThat(overdue).containsExactly("REALISATION_LATE 2081-01", "REALISATION_WAITING 2081-02",
				"REALISATION_LATE 2081-03");
		this.fixture.get(KASUBBID, "/api/v1/team?year=2081")
			.andExpect(
					jsonPath("$.members[?(@.nip == '" + PENGOLAH + "')].overdue[*].kind").value(hasItem("SKP_LATE")));
		// Acknowledged, it no longer waits.
		chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", plan, "2081-02")
			.andExpect(status().isOk());
		this.fixture.get(KASUBBID, "/api/v1/team?year=2081&period=2081-02")
			.andExpect(jsonPath(analis + ".reportStatus").value(hasItem("ACKNOWLEDGED")))
			.andExpect(jsonPath(analis + ".overdue[*].kind").value(not(hasItem("REALISATION_WAITING"))));
	}

	@Test
	void refusesAYearOutOfRangeAndAPeriodNotOfTheYear() throws Exception {
		this.fixture.get(KASUBBID, "/api/v1/team?year=1999")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value(message("monitoring.board.year.range", 2020, 2100)));
		for (String period : List.of("2080-13", "2080-Q1", "2079-01", "<script>")) {
			this.fixture.get(KASUBBID, "/api/v1/team?year=2080&period={p}", period)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("period"))
				.andExpect(jsonPath("$.errors[0].message")
					.value(message("monitoring.board.period.invalid", "2080-01", "2080-12")));
		}
		this.fixture.get(KASUBBID, "/api/v1/team?year=abc")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.fixture.get(ANALIS, "/api/v1/me/standing?year=2101")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void anOutsiderSeesOnlyTheirOwnTeamAndAnotherAgencyNothing() throws Exception {
		this.fixture.get(ANALIS, "/api/v1/team?year=2080")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", empty()));
		this.fixture.get(KABID, "/api/v1/team?year=2080")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[*].nip", hasItem(KASUBBID)))
			.andExpect(jsonPath("$.members[*].nip", not(hasItems(ANALIS))))
			.andExpect(jsonPath("$.members[*].nip", not(hasItems(PENGOLAH))));
		this.fixture.get("admin", "/api/v1/team?year=2080")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", empty()));
		Agency other = this.agencies
			.save(Agency.create("KAB-PAPAN", "Pemerintah Kabupaten Papan", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-papan", "Admin Kabupaten Papan", "rahasia-papan-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String outsider = TestSignIn.bearer(this.mvc, "admin-papan", "rahasia-papan-1");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/team")
				.header("Authorization", outsider))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", empty()));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me/standing")
				.header("Authorization", outsider))
			.andExpect(status().isForbidden());
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/team"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theStandingIsAlwaysTheCallersOwn() throws Exception {
		this.fixture.get(ANALIS, "/api/v1/me/standing?year=2080&nip=" + PENGOLAH)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members.length()").value(1))
			.andExpect(jsonPath("$.members[0].nip").value(ANALIS))
			.andExpect(jsonPath("$.skpDeadline").value("2080-01-31"));
		this.fixture.get("admin", "/api/v1/me/standing")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(message("monitoring.board.employee-only")));
	}

	@Test
	void measuresTheBoardOfALargeTeam() throws Exception {
		// The holder of the post with the most posts held directly below it.
		String boss = this.jdbc.sql("""
				SELECT e.nip FROM assignment h JOIN employee e ON e.id = h.employee_id
				WHERE h.kind = 'DEFINITIF' AND h.end_date IS NULL AND h.position_id = (
				  SELECT p.reports_to_id FROM assignment a JOIN job_position p ON p.id = a.position_id
				  WHERE a.kind = 'DEFINITIF' AND a.end_date IS NULL AND p.reports_to_id IS NOT NULL
				  GROUP BY p.reports_to_id ORDER BY COUNT(*) DESC, p.reports_to_id FETCH FIRST 1 ROWS ONLY)
				ORDER BY e.nip FETCH FIRST 1 ROWS ONLY""").query(String.class).optional().orElse(SEKDA);
		String json = this.fixture.get(boss, "/api/v1/team")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int size = ((List<?>) JsonPath.read(json, "$.members")).size();
		assertThat(size).isPositive();
		int runs = 100;
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			this.fixture.get(boss, "/api/v1/team").andExpect(status().isOk());
			nanos[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("Team board of %d members: median %.1f ms, p90 %.1f ms, max %.1f ms over %d runs%n", size,
				nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6, runs);
	}

}

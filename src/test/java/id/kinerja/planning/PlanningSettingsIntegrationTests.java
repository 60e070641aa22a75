package id.kinerja.planning;

import id.kinerja.DemoAgencyTest;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.planning.PlanChain.ANALIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The settings and goals of a year, through the API and the pages, by who may and who may
 * not.
 */
@DemoAgencyTest
class PlanningSettingsIntegrationTests {

	/** The demo's Admin OPD, who administers BKPSDM's subtree. */
	static final String ADMIN_OPD = "199304022018012001";

	static final String SETTINGS = """
			{"frequency": "QUARTERLY", "skpDeadline": "%d-02-15", "realisationDeadlineDay": 5,
			 "ratingDeadlineDay": 10, "annualDeadline": "%d-01-31", "curveEnforcement": "BLOCK",
			 "curveScope": "APPRAISER", "appealDays": 14, "regionalHeadRatesJpt": true, "version": %d}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	@BeforeEach
	void setUp() {
		this.chain = new PlanChain(this.mvc);
	}

	Cookie signIn(String username) throws Exception {
		return id.kinerja.TestSignIn.session(this.mvc, username);
	}

	@Test
	void letsOnlyAdminBkpsdmChangeTheSettingsNamingBadFieldsAndRefusingStaleEdits() throws Exception {
		int year = 2042;
		long version = PlanChain.version(this.chain.get("admin", "/api/v1/periods/{year}", year));
		for (String other : new String[] { ANALIS, "auditor", ADMIN_OPD }) {
			this.chain.put(other, "/api/v1/periods/{year}", SETTINGS.formatted(year, year + 1, version), year)
				.andExpect(status().isForbidden());
		}
		this.chain
			.put("admin", "/api/v1/periods/{year}",
					"""
							{"frequency": null, "skpDeadline": "%d-01-31", "realisationDeadlineDay": 31, "ratingDeadlineDay": 0,
							 "annualDeadline": "%d-01-31", "curveEnforcement": "WARNING", "curveScope": "UNIT",
							 "appealDays": 0, "regionalHeadRatesJpt": false, "version": %d}"""
						.formatted(year - 1, year + 3, version),
					year)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("frequency")));
		// Leaving a choice out is named as well.
		this.chain
			.put("admin", "/api/v1/periods/{year}",
					"""
							{"frequency": "MONTHLY", "skpDeadline": "%d-01-31", "realisationDeadlineDay": 5, "ratingDeadlineDay": 10,
							 "annualDeadline": "%d-01-31", "curveEnforcement": "WARNING", "curveScope": "UNIT",
							 "appealDays": 14, "version": %d}"""
						.formatted(year, year + 1, version),
					year)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("regionalHeadRatesJpt")));
		this.chain
			.put("admin", "/api/v1/periods/{year}",
					"""
							{"frequency": "MONTHLY", "skpDeadline": "%d-01-31", "realisationDeadlineDay": 31, "ratingDeadlineDay": 0,
							 "annualDeadline": "%d-01-31", "curveEnforcement": "WARNING", "curveScope": "UNIT",
							 "appealDays": 0, "regionalHeadRatesJpt": false, "version": %d}"""
						.formatted(year - 1, year + 3, version),
					year)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("skpDeadline", "realisationDeadlineDay",
					"ratingDeadlineDay", "annualDeadline", "appealDays")));
		this.chain.put("admin", "/api/v1/periods/{year}", SETTINGS.formatted(year, year + 1, version), year)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settings.frequency").value("QUARTERLY"))
			.andExpect(jsonPath("$.settings.curveEnforcement").value("BLOCK"));
		// A second tab still holding the old version.
		this.chain.put("admin", "/api/v1/periods/{year}", SETTINGS.formatted(year, year + 1, version), year)
			.andExpect(status().isConflict());
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'PerformancePeriod' AND action = 'UPDATE'"
					+ " AND after_state LIKE '%QUARTERLY%'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);

		// The page: read-only for an employee, who cannot post it either.
		Cookie analis = signIn(ANALIS);
		this.mvc.perform(get("/planning/{year}/settings", year).cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only\"")))
			.andExpect(content().string(containsString("Triwulanan")))
			.andExpect(content().string(not(containsString("id=\"submit\""))));
		this.mvc
			.perform(post("/planning/{year}/settings", year).cookie(analis)
				.with(csrf())
				.param("frequency", "MONTHLY")
				.param("skpDeadline", year + "-01-31")
				.param("realisationDeadlineDay", "5")
				.param("ratingDeadlineDay", "10")
				.param("annualDeadline", (year + 1) + "-01-31")
				.param("curveEnforcement", "WARNING")
				.param("curveScope", "UNIT")
				.param("appealDays", "14"))
			.andExpect(status().isForbidden());
		Cookie admin = signIn("admin");
		this.mvc.perform(get("/planning/{year}/settings", year).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"submit\"")))
			.andExpect(content().string(containsString("dibulatkan ke bawah")));
		long current = PlanChain.version(this.chain.get("admin", "/api/v1/periods/{year}", year));
		this.mvc
			.perform(post("/planning/{year}/settings", year).cookie(admin)
				.with(csrf())
				.param("frequency", "SEMESTER")
				.param("skpDeadline", year + "-01-31")
				.param("realisationDeadlineDay", "29")
				.param("ratingDeadlineDay", "10")
				.param("annualDeadline", (year + 1) + "-01-31")
				.param("curveEnforcement", "WARNING")
				.param("curveScope", "UNIT")
				.param("appealDays", "14")
				.param("version", String.valueOf(current)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("antara 1 dan 28")));
		this.mvc
			.perform(post("/planning/{year}/settings", year).cookie(admin)
				.with(csrf())
				.param("frequency", "SEMESTER")
				.param("skpDeadline", year + "-01-31")
				.param("realisationDeadlineDay", "7")
				.param("ratingDeadlineDay", "12")
				.param("annualDeadline", (year + 1) + "-01-31")
				.param("curveEnforcement", "WARNING")
				.param("curveScope", "UNIT")
				.param("appealDays", "21")
				.param("version", String.valueOf(current)))
			.andExpect(redirectedUrl("/planning/" + year + "/settings"))
			.andExpect(flash().attribute("notice", "planning.settings.saved"));
		this.chain.get(ANALIS, "/api/v1/periods/{year}", year)
			.andExpect(jsonPath("$.settings.frequency").value("SEMESTER"))
			.andExpect(jsonPath("$.settings.appealDays").value(21));
		this.mvc
			.perform(post("/planning/{year}/settings", year).cookie(admin)
				.with(csrf())
				.param("frequency", "MONTHLY")
				.param("skpDeadline", year + "-01-31")
				.param("realisationDeadlineDay", "7")
				.param("ratingDeadlineDay", "12")
				.param("annualDeadline", (year + 1) + "-01-31")
				.param("curveEnforcement", "WARNING")
				.param("curveScope", "UNIT")
				.param("appealDays", "21")
				.param("version", String.valueOf(current)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("global-error")));
	}

	@Test
	void keepsAgencyAndUnitGoalsAsATreeWrittenOnlyByTheirAdmins() throws Exception {
		int year = 2043;
		long agencyGoal = PlanChain.id(
				this.chain
					.send("admin", "/api/v1/goals",
							"""
									{"year": %d, "code": "SS.1", "text": "Meningkatnya akuntabilitas kinerja aparatur",
									 "indicators": [{"text": "Nilai SAKIP", "target": "80", "targetUnit": "poin"}]}"""
								.formatted(year))
					.andExpect(status().isCreated()));
		// Admin OPD writes its own units' goals, not the agency's and not another unit's.
		this.chain.send(ADMIN_OPD, "/api/v1/goals", """
				{"year": %d, "code": "SS.2", "text": "Sasaran instansi dari OPD"}""".formatted(year))
			.andExpect(status().isForbidden());
		this.chain
			.send(ADMIN_OPD, "/api/v1/goals",
					"""
							{"year": %d, "unitCode": "DINKES", "code": "DINKES.1", "text": "Bukan unit saya"}"""
						.formatted(year))
			.andExpect(status().isForbidden());
		long unitGoal = PlanChain.id(
				this.chain
					.send(ADMIN_OPD, "/api/v1/goals",
							"""
									{"year": %d, "unitCode": "BKPSDM", "parentGoalId": %d, "code": "BKPSDM.1",
									 "text": "Penilaian kinerja pegawai tepat waktu",
									 "indicators": [{"text": "SKP disetujui tepat waktu", "target": "95", "targetUnit": "%%"}]}"""
								.formatted(year, agencyGoal))
					.andExpect(status().isCreated()));
		this.chain.put(ADMIN_OPD, "/api/v1/goals/{id}", """
				{"code": "SS.1", "text": "Diubah OPD", "version": 0}""", agencyGoal).andExpect(status().isForbidden());
		// Nobody else writes.
		for (String other : new String[] { "auditor", ANALIS }) {
			this.chain
				.send(other, "/api/v1/goals",
						"""
								{"year": %d, "unitCode": "BKPSDM", "code": "X.%s", "text": "x"}""".formatted(year,
								other.length()))
				.andExpect(status().isForbidden());
		}
		// Bad input names each field.
		this.chain.send("admin", "/api/v1/goals", """
				{"year": %d, "unitCode": "BKPSDM", "parentGoalId": %d, "code": "SS.1", "text": " ",
				 "indicators": [{"text": "IKU tanpa target", "target": ""}]}""".formatted(year, unitGoal))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("code", "text", "parentGoalId", "indicators[0].target")));
		// A stale edit is refused.
		this.chain.put(ADMIN_OPD, "/api/v1/goals/{id}", """
				{"parentGoalId": %d, "code": "BKPSDM.1", "text": "Penilaian kinerja seluruh pegawai tepat waktu",
				 "version": 0}""".formatted(agencyGoal), unitGoal).andExpect(status().isOk());
		this.chain
			.put(ADMIN_OPD, "/api/v1/goals/{id}", """
					{"parentGoalId": %d, "code": "BKPSDM.1", "text": "Tab lama", "version": 0}""".formatted(agencyGoal),
					unitGoal)
			.andExpect(status().isConflict());

		// The page shows the tree; Admin OPD may edit its unit goal only.
		Cookie opd = signIn(ADMIN_OPD);
		String page = this.mvc.perform(get("/planning/{year}/goals", year).cookie(opd))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penilaian kinerja seluruh pegawai tepat waktu")))
			.andExpect(content().string(containsString("IKU: Nilai SAKIP — target 80 poin")))
			.andExpect(content().string(not(containsString("id=\"add-agency-goal\""))))
			.andExpect(content().string(containsString("/planning/goals/" + unitGoal + "/edit")))
			.andExpect(content().string(not(containsString("/planning/goals/" + agencyGoal + "/edit"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int agencyAt = page.indexOf("id=\"goal-" + agencyGoal + "\"");
		int unitAt = page.indexOf("id=\"goal-" + unitGoal + "\"");
		assertThat(agencyAt).as("the unit goal is nested under the agency goal").isPositive().isLessThan(unitAt);
		// An employee reads the goals without any action.
		this.mvc.perform(get("/planning/{year}/goals", year).cookie(signIn(ANALIS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meningkatnya akuntabilitas kinerja aparatur")))
			.andExpect(content().string(not(containsString("/edit\""))));
		this.mvc.perform(get("/planning/goals/{id}/edit", agencyGoal).cookie(opd)).andExpect(status().isOk());
		this.mvc
			.perform(post("/planning/goals/{id}/edit", agencyGoal).cookie(opd)
				.with(csrf())
				.param("code", "SS.1")
				.param("text", "Diubah OPD"))
			.andExpect(status().isForbidden());

		// Admin BKPSDM adds a goal through the form, a bad row shown next to its field.
		Cookie admin = signIn("admin");
		this.mvc
			.perform(get("/planning/{year}/goals/new", year).param("parent", String.valueOf(agencyGoal)).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"unitCode\"")));
		this.mvc
			.perform(post("/planning/{year}/goals/new", year).cookie(admin)
				.with(csrf())
				.param("code", "SS.2")
				.param("text", "Meningkatnya kualitas layanan publik")
				.param("indicators[0].text", "")
				.param("indicators[1].text", "Indeks kepuasan masyarakat")
				.param("indicators[1].target", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"indicators1.target\"")))
			.andExpect(content().string(containsString("wajib memiliki target")));
		this.mvc
			.perform(post("/planning/{year}/goals/new", year).cookie(admin)
				.with(csrf())
				.param("code", "SS.2")
				.param("text", "Meningkatnya kualitas layanan publik")
				.param("indicators[0].text", "Indeks kepuasan masyarakat")
				.param("indicators[0].target", "85")
				.param("indicators[0].targetUnit", "poin"))
			.andExpect(redirectedUrl("/planning/" + year + "/goals"))
			.andExpect(flash().attribute("notice", "planning.goal.saved.added"));
		java.util.List<Number> versions = com.jayway.jsonpath.JsonPath.read(
				this.chain.get("admin", "/api/v1/goals?year={y}", year).andReturn().getResponse().getContentAsString(),
				"$[?(@.id == " + unitGoal + ")].version");
		long version = versions.get(0).longValue();
		this.mvc
			.perform(post("/planning/goals/{id}/retire", unitGoal).cookie(opd)
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/planning/" + year + "/goals"))
			.andExpect(flash().attribute("notice", "planning.goal.saved.retired"));
		this.chain.get(ANALIS, "/api/v1/goals?year={y}", year)
			.andExpect(jsonPath("$[*].code", hasItems("SS.1", "SS.2")))
			.andExpect(jsonPath("$[*].code", not(hasItem("BKPSDM.1"))));
	}

}

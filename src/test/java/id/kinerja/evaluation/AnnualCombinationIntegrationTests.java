package id.kinerja.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.planning.PlanChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency's setting of how several SKPs of a year combine into the annual result, set
 * on the planning settings of 2022 and honoured by {@link AnnualResults}. The three
 * annual evaluations of one employee (six months Baik, two months Butuh Perbaikan, four
 * months Sangat Baik) are stored directly: a real move mid-year would change the demo's
 * reporting lines for the other tests. Year taken: 2022.
 */
@DemoAgencyTest
class AnnualCombinationIntegrationTests {

	static final int YEAR = 2022;

	static final String SETTINGS = """
			{"frequency": "MONTHLY", "skpDeadline": "%d-01-31", "realisationDeadlineDay": 5,
			 "ratingDeadlineDay": 10, "annualDeadline": "%d-01-31", "curveEnforcement": "WARNING",
			 "curveScope": "UNIT", "appealDays": 14, "regionalHeadRatesJpt": false %s, "version": %d}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	AnnualResults results;

	void change(PlanChain chain, String combination) throws Exception {
		long version = PlanChain.version(chain.get("admin", "/api/v1/periods/{y}", YEAR));
		chain
			.put("admin", "/api/v1/periods/{y}",
					SETTINGS.formatted(YEAR, YEAR + 1,
							(combination != null) ? ", \"annualCombination\": \"" + combination + "\"" : "", version),
					YEAR)
			.andExpect(status().isOk())
			.andExpect((combination != null) ? jsonPath("$.settings.annualCombination").value(combination)
					: jsonPath("$.settings.annualCombination").exists());
	}

	@Test
	void combinesTheSkpsOfAYearByTheAgencysSetting() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		chain.get(PlanChain.ANALIS, "/api/v1/periods/{y}", YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settings.annualCombination").value("LONGEST"));
		record Row(long id, long agencyId) {
		}
		List<Row> plans = this.jdbc.sql("SELECT id, agency_id FROM skp ORDER BY id LIMIT 3").query(Row.class).list();
		long employee = this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip")
			.param("nip", PlanChain.PENGOLAH)
			.query(Long.class)
			.single();
		long agency = plans.get(0).agencyId();
		Evaluation first = annual(agency, plans.get(0).id(), employee, "2022-01-01", "2022-06-30",
				Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		Evaluation second = annual(agency, plans.get(1).id(), employee, "2022-07-01", "2022-08-31",
				Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
		Evaluation third = annual(agency, plans.get(2).id(), employee, "2022-09-01", "2022-12-31",
				Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
		try {
			assertThat(this.results.of(employee, YEAR))
				.hasValueSatisfying((result) -> assertThat(result.predikat()).isEqualTo(Predikat.BAIK));
			change(chain, "LATEST");
			assertThat(this.results.of(employee, YEAR))
				.hasValueSatisfying((result) -> assertThat(result.predikat()).isEqualTo(Predikat.SANGAT_BAIK));
			assertThat(this.results.ofYear(agency, YEAR)).filteredOn((r) -> r.employeeId() == employee)
				.singleElement()
				.extracting(AnnualResults.AnnualResult::evaluationId)
				.isEqualTo(third.getId());
			change(chain, "LOWEST");
			assertThat(this.results.of(employee, YEAR))
				.hasValueSatisfying((result) -> assertThat(result.evaluationId()).isEqualTo(second.getId()));
			// a client that does not send the setting keeps it
			change(chain, null);
			chain.get("admin", "/api/v1/periods/{y}", YEAR)
				.andExpect(jsonPath("$.settings.annualCombination").value("LOWEST"));
			// the settings page explains it
			this.mvc.perform(get("/planning/{y}/settings", YEAR).cookie(TestSignIn.session(this.mvc, "admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"annualCombination\"")))
				.andExpect(content().string(containsString("Predikat terendah")));
		}
		finally {
			change(chain, "LONGEST");
			this.evaluations.deleteAll(List.of(first, second, third));
		}
	}

	Evaluation annual(long agency, long skp, long employee, String start, String end, Rating hasil, Rating perilaku) {
		Evaluation evaluation = Evaluation.open(agency, skp, employee, String.valueOf(YEAR), true, YEAR,
				LocalDate.parse(start), LocalDate.parse(end), null);
		evaluation.rate(hasil, perilaku, "Uji gabungan", null, null, null, "admin",
				Instant.parse("2023-01-10T03:00:00Z"));
		return this.evaluations.save(evaluation);
	}

}

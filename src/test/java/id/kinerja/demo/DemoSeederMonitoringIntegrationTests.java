package id.kinerja.demo;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo agency's year of monitoring: realisations, their follow-up and daily logs. */
@DemoAgencyTest
class DemoSeederMonitoringIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long count(String sql) {
		return this.jdbc.sql(sql).param(LocalDate.now().getYear()).query(Long.class).single();
	}

	@Test
	void realisationsOfPastPeriodsAreMostlyAcknowledgedAndSomeAreMissing() {
		int year = LocalDate.now().getYear();
		long approved = count("SELECT count(*) FROM skp WHERE skp_year = ? AND status = 'APPROVED'");
		long reports = count(
				"SELECT count(*) FROM realisation_report p JOIN skp s ON s.id = p.skp_id " + "WHERE s.skp_year = ?");
		long acknowledged = count("SELECT count(*) FROM realisation_report p JOIN skp s ON s.id = p.skp_id "
				+ "WHERE s.skp_year = ? AND p.status = 'ACKNOWLEDGED'");
		assertThat(approved).isPositive();
		if (LocalDate.now().getMonthValue() > 1) {
			assertThat(reports).isGreaterThan(approved);
			assertThat(acknowledged * 100 / reports).isGreaterThan(70);
			// a plan missing a past period exists: the late list has something to show
			assertThat(reports).isLessThan(approved * (LocalDate.now().getMonthValue()));
		}
		long below = count("SELECT count(*) FROM realisation r JOIN skp s ON s.id = r.skp_id "
				+ "WHERE s.skp_year = ? AND r.achievement < 100");
		long explained = count("SELECT count(*) FROM realisation r JOIN skp s ON s.id = r.skp_id "
				+ "WHERE s.skp_year = ? AND r.achievement < 100 AND r.obstacle IS NOT NULL "
				+ "AND r.obstacle_cause IS NOT NULL AND r.planned_fix IS NOT NULL");
		assertThat(below).isPositive().isEqualTo(explained);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Realisation'")
			.query(Long.class)
			.single())
			.isGreaterThanOrEqualTo(count(
					"SELECT count(*) FROM realisation r JOIN skp s ON s.id = r.skp_id " + "WHERE s.skp_year = ?"));
		assertThat(year).isPositive();
	}

	@Test
	void appraisersHaveGivenFeedbackAndTheKasubbidHoldsDialoguesAndIsCoached() {
		assertThat(count("SELECT count(*) FROM feedback f JOIN skp s ON s.id = f.skp_id WHERE s.skp_year = ? "
				+ "AND f.author_id = s.appraiser_id AND f.realisation_id IS NOT NULL"))
			.isGreaterThan(10);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM dialogue d JOIN employee e ON e.id = d.employee_id " + "WHERE e.nip = ?")
			.param("199203102019031005")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM coaching_session c JOIN employee e ON e.id = c.employee_id " + "WHERE e.nip = ?")
			.param("198506172010012004")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void employeesHaveDailyLogsOfTheLastWeeksServingTheirRhk() throws Exception {
		long logs = this.jdbc.sql("SELECT count(*) FROM daily_log WHERE log_date > ? AND rhk_id IS NOT NULL")
			.param(LocalDate.now().minusDays(30))
			.query(Long.class)
			.single();
		assertThat(logs).isGreaterThan(500);
		String supervisor = DemoAgencyTest.SUPERVISOR_NIP;
		this.mvc
			.perform(get("/api/v1/logs").param("nip", supervisor)
				.param("from", LocalDate.now().minusDays(20).toString())
				.header("Authorization", TestSignIn.bearer(this.mvc, supervisor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThan(3))));
	}

}

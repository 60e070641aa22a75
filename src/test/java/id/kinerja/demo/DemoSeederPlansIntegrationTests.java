package id.kinerja.demo;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.AgencyRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DemoAgencyTest
class DemoSeederPlansIntegrationTests {

	@Autowired
	AgencyRepository agencies;

	@Autowired
	JdbcClient jdbc;

	long agencyId() {
		return this.agencies.findByCode(DemoSeeder.AGENCY_CODE).orElseThrow().getId();
	}

	long count(String sql) {
		return this.jdbc.sql(sql).param(agencyId()).param(LocalDate.now().getYear()).query(Long.class).single();
	}

	@Test
	void givesEveryDemoEmployeeAPlanOfTheCurrentYear() {
		long people = this.jdbc
			.sql("SELECT count(*) FROM employee e WHERE agency_id = ? AND status = 'ACTIVE'"
					+ DemoSeederIntegrationTests.inDemoUnits("e.id"))
			.param(agencyId())
			.query(Long.class)
			.single();
		long withPlan = this.jdbc
			.sql("SELECT count(DISTINCT s.employee_id) FROM skp s WHERE s.agency_id = ? AND s.skp_year = ?"
					+ DemoSeederIntegrationTests.inDemoUnits("s.employee_id"))
			.param(agencyId())
			.param(LocalDate.now().getYear())
			.query(Long.class)
			.single();
		assertThat(withPlan).isEqualTo(people);
		long approved = count(
				"SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND status = 'APPROVED' AND created_by = 'system'");
		long seeded = count("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND created_by = 'system'");
		assertThat(seeded).isEqualTo(people);
		assertThat((double) approved / seeded).as("about 90 to 95 %% approved").isBetween(0.85, 0.97);
		assertThat(count("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND status <> 'APPROVED'"
				+ " AND created_by = 'system'"))
			.isPositive();
	}

	@Test
	void cascadesEveryRhkDownTheReportingLines() {
		// Every RHK of a plan rated by someone with a plan supports one of that person's.
		assertThat(count("""
				SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system' AND s.appraiser_id IS NOT NULL
				  AND r.supervisor_rhk_id IS NULL
				""")).isZero();
		assertThat(
				count("""
						SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN rhk above ON above.id = r.supervisor_rhk_id
						JOIN skp theirs ON theirs.id = above.skp_id
						WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system'
						  AND theirs.employee_id <> s.appraiser_id
						"""))
			.isZero();
		// JPT plans have perspectives and derive from the seeded goals.
		assertThat(count("""
				SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.skp_format = 'JPT'
				  AND (r.perspective IS NULL OR r.org_goal_id IS NULL) AND s.created_by = 'system'
				""")).isZero();
		assertThat(count("SELECT count(*) FROM org_goal WHERE agency_id = ? AND goal_year = ? AND unit_id IS NULL"))
			.isEqualTo(4);
		// Quantitative indicators: an aspect, a number and a unit.
		assertThat(count("""
				SELECT count(*) FROM indicator i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system'
				  AND (i.aspect IS NULL OR i.target_unit IS NULL)
				""")).isZero();
		// A plan waiting for its pejabat penilai's is never ahead of it.
		assertThat(count("""
				SELECT count(*) FROM skp s JOIN skp theirs ON theirs.employee_id = s.appraiser_id
				     AND theirs.skp_year = s.skp_year
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system' AND theirs.created_by = 'system'
				  AND s.status IN ('SUBMITTED', 'APPROVED', 'RETURNED') AND theirs.status <> 'APPROVED'
				""")).isZero();
	}

	@Test
	void keepsTheVersionsAndAuditsEveryRow() {
		assertThat(count("""
				SELECT count(*) FROM skp s WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED'
				  AND s.created_by = 'system'
				  AND (SELECT count(*) FROM skp_version v WHERE v.skp_id = s.id) <> 2
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM skp s WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system'
				  AND NOT EXISTS (SELECT 1 FROM audit_record a WHERE a.entity_type = 'Skp'
				                  AND a.entity_id = CAST(s.id AS VARCHAR(20)) AND a.action = 'CREATE')
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM skp_behaviour b JOIN skp s ON s.id = b.skp_id
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.created_by = 'system'
				""")).isEqualTo(
				7 * count("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND created_by = 'system'"));
	}

}

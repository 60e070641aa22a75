package id.kinerja.planning;

import java.time.Duration;
import java.util.Map;

import id.kinerja.DemoAgencyTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A move to another post in the middle of the year, and leaving the agency, driven
 * through the staff API as an admin would: the plan of the old post is closed on the last
 * day and kept, a draft for the new post opens on its first day with the pejabat penilai
 * of that day.
 */
@DemoAgencyTest
class MidYearChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	@BeforeEach
	void setUp() {
		this.chain = new PlanChain(this.mvc);
	}

	/**
	 * The employee's open definitive assignment: id, version, post and the post's unit.
	 */
	Map<String, Object> definitivePost(String nip) {
		return this.jdbc.sql("""
				SELECT a.id, a.version, a.position_id, u.code AS unit_code
				FROM assignment a JOIN employee e ON e.id = a.employee_id
				JOIN job_position p ON p.id = a.position_id JOIN unit u ON u.id = p.unit_id
				WHERE e.nip = :nip AND a.kind = 'DEFINITIF' AND a.end_date IS NULL""")
			.param("nip", nip)
			.query()
			.singleRow();
	}

	long newPost(String name, Map<String, Object> above) throws Exception {
		return PlanChain.id(this.chain
			.send("admin", "/api/v1/positions",
					"""
							{"unitCode": "%s", "name": "%s", "positionType": "PELAKSANA", "reportsToId": %s}"""
						.formatted(above.get("unit_code"), name, above.get("position_id")))
			.andExpect(status().isCreated()));
	}

	@Test
	void closesThePlanOfTheOldPostAndOpensOneForTheNewPostWithItsAppraiser() throws Exception {
		int year = 2098;
		long first = this.chain.startOwn(ANALIS, year);
		this.chain.addRhk(ANALIS, first, "Analisis jabatan semester pertama", null, null);
		this.chain.read(ANALIS, first).andExpect(jsonPath("$.appraiser.nip").value(KASUBBID));
		long post = newPost("Analis Kebijakan Kepegawaian", definitivePost(KABID));
		Map<String, Object> old = definitivePost(ANALIS);

		this.chain.send("admin", "/api/v1/employees/{nip}/assignments/{id}/end", """
				{"endDate": "%d-06-30", "version": %s}""".formatted(year, old.get("version")), ANALIS, old.get("id"))
			.andExpect(status().isOk());
		// The plans follow after the change committed, asynchronously.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.chain.read(ANALIS, first)
				.andExpect(jsonPath("$.status").value("CLOSED"))
				.andExpect(jsonPath("$.endDate").value(year + "-06-30")));
		this.chain.send("admin", "/api/v1/employees/{nip}/assignments", """
				{"positionId": %d, "kind": "DEFINITIF", "startDate": "%d-07-01"}""".formatted(post, year), ANALIS)
			.andExpect(status().isCreated());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.chain.get(ANALIS, "/api/v1/skp?nip={nip}&year={year}", ANALIS, year)
				.andExpect(jsonPath("$", hasSize(2))));
		this.chain.get(ANALIS, "/api/v1/skp?nip={nip}&year={year}", ANALIS, year)
			.andExpect(jsonPath("$[0].id").value(first))
			.andExpect(jsonPath("$[0].status").value("CLOSED"))
			.andExpect(jsonPath("$[0].startDate").value(year + "-01-01"))
			.andExpect(jsonPath("$[0].endDate").value(year + "-06-30"))
			.andExpect(jsonPath("$[0].appraiser.nip").value(KASUBBID))
			.andExpect(jsonPath("$[0].rhk", hasSize(1)))
			.andExpect(jsonPath("$[1].status").value("DRAFT"))
			.andExpect(jsonPath("$[1].startDate").value(year + "-07-01"))
			.andExpect(jsonPath("$[1].endDate").value(year + "-12-31"))
			.andExpect(jsonPath("$[1].positionName").value("Analis Kebijakan Kepegawaian"))
			.andExpect(jsonPath("$[1].appraiser.nip").value(KABID))
			.andExpect(jsonPath("$[1].rhk").isEmpty());
		assertThat(this.jdbc.sql("SELECT closed_reason FROM skp WHERE id = :id")
			.param("id", first)
			.query(String.class)
			.single()).isEqualTo("planning.closed.moved");
		// The closed plan is kept, and is no longer written.
		this.chain.addRhk(ANALIS, first, """
				{"text": "Terlambat", "kind": "UTAMA",
				 "indicators": [{"text": "x", "aspect": "KUANTITAS", "target": "1", "unit": "dokumen"}]}""")
			.andExpect(status().isConflict());
		// The closing was audited once.
		assertThat(this.jdbc.sql("""
				SELECT actor FROM audit_record WHERE entity_type = 'Skp' AND entity_id = :id
				AND action = 'UPDATE' AND after_state LIKE '%CLOSED%'""")
			.param("id", String.valueOf(first))
			.query(String.class)
			.list()).as("written by the listener, outside the admin's request").containsExactly("system");
	}

	@Test
	void closesTheOpenPlanOfAnEmployeeWhoLeaves() throws Exception {
		int year = 2059;
		// In a unit of its own: the leaver keeps the post until 2059, and the demo's own
		// reporting line must stay as it is for the other tests.
		this.chain.send("admin", "/api/v1/units", """
				{"code": "UJI-BERHENTI", "name": "Unit Uji Pegawai Berhenti"}""").andExpect(status().isCreated());
		long post = newPost("Pengadministrasi Kepegawaian", Map.of("unit_code", "UJI-BERHENTI", "position_id", "null"));
		String nip = "198802142015012901";
		this.chain.send("admin", "/api/v1/employees", """
				{"nip": "%s", "name": "Rina Wulandari", "frontTitle": "", "backTitle": "S.E.", "sex": "P",
				 "birthDate": "1988-02-14", "asnType": "PNS", "golongan": "III/a", "positionId": %d,
				 "startDate": "2026-01-02"}""".formatted(nip, post)).andExpect(status().isCreated());
		long skp = PlanChain.id(this.chain.start("admin", nip, year).andExpect(status().isCreated()));
		Number version = this.jdbc.sql("SELECT version FROM employee WHERE nip = :nip")
			.param("nip", nip)
			.query(Number.class)
			.single();
		this.chain
			.send("admin", "/api/v1/employees/{nip}/leave", """
					{"status": "RETIRED", "lastDay": "%d-03-31", "version": %d}""".formatted(year, version.longValue()),
					nip)
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.chain.read("admin", skp)
				.andExpect(jsonPath("$.status").value("CLOSED"))
				.andExpect(jsonPath("$.endDate").value(year + "-03-31")));
		assertThat(this.jdbc.sql("SELECT closed_reason FROM skp WHERE id = :id")
			.param("id", skp)
			.query(String.class)
			.single()).isEqualTo("planning.closed.left");
	}

}

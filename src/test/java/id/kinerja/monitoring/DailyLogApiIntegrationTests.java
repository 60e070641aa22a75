package id.kinerja.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class DailyLogApiIntegrationTests {

	/** Analis SDM Aparatur Ahli Pertama: writes the log. */
	static final String ANALIS = "199203102019031005";

	/** The analyst's direct supervisor. */
	static final String KASUBBID = "198506172010012004";

	/** A colleague under the same supervisor. */
	static final String PENGOLAH = "199511282020122006";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, String> tokens = new HashMap<>();

	String token(String username) throws Exception {
		String token = this.tokens.get(username);
		if (token == null) {
			token = TestSignIn.bearer(this.mvc, username);
			this.tokens.put(username, token);
		}
		return token;
	}

	ResultActions write(String as, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/logs").header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	long ownRhk(String nip) {
		return this.jdbc.sql("""
				SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN employee e ON e.id = s.employee_id
				WHERE e.nip = :nip AND s.skp_year = :year AND s.status <> 'CLOSED' AND NOT r.removed
				ORDER BY r.id""")
			.param("nip", nip)
			.param("year", LocalDate.now().getYear())
			.query(Long.class)
			.list()
			.get(0);
	}

	@Test
	void keepsALinkToTheEvidenceOfAnEntryAndRefusesOneThatIsNotAWebAddress() throws Exception {
		LocalDate today = LocalDate.now();
		write(ANALIS,
				"""
						{"date": "%s", "activity": "Rapat koordinasi", "evidenceUrl": "javascript:alert(1)"}"""
					.formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidenceUrl"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.evidence.url.invalid"));
		write(ANALIS,
				"""
						{"date": "%s", "activity": "Rapat koordinasi", "evidenceUrl": "https://srikandi.example.go.id/notula/17"}"""
					.formatted(today))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidenceUrl").value("https://srikandi.example.go.id/notula/17"));
		this.mvc.perform(get("/api/v1/logs").param("nip", ANALIS).header("Authorization", token(KASUBBID)))
			.andExpect(jsonPath("$[*].evidenceUrl", hasItem("https://srikandi.example.go.id/notula/17")));
	}

	@Test
	void logsADaysWorkAgainstAnOwnRhkAndShowsItUpTheLine() throws Exception {
		LocalDate today = LocalDate.now();
		long rhk = ownRhk(ANALIS);
		long id = ((Number) JsonPath.read(write(ANALIS, """
				{"date": "%s", "activity": "Menganalisis capaian kinerja Bidang PKA", "output": "Laporan analisis",
				 "quantity": 2, "unit": "dokumen", "rhkId": %d}""".formatted(today, rhk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rhkId").value(rhk))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		for (String reader : new String[] { ANALIS, KASUBBID, "admin", "auditor" }) {
			this.mvc.perform(get("/api/v1/logs").param("nip", ANALIS).header("Authorization", token(reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", hasItem((int) id)));
		}
		this.mvc.perform(get("/api/v1/logs").param("nip", ANALIS).header("Authorization", token(PENGOLAH)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'DailyLog' AND entity_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesBadEntriesNamingEachField() throws Exception {
		LocalDate today = LocalDate.now();
		write(ANALIS, """
				{"date": "%s", "activity": " ", "quantity": -1}""".formatted(today.plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("date", "activity", "quantity")))
			.andExpect(jsonPath("$.errors[?(@.field == 'date')].message", hasItem(containsString("belum tiba"))));
		write(ANALIS, """
				{"date": "%s", "activity": "Rapat koordinasi", "quantity": 3}""".formatted(today))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unit")));
		// A colleague's RHK is not one's own.
		write(ANALIS, """
				{"date": "%s", "activity": "Rapat", "rhkId": %d}""".formatted(today, ownRhk(PENGOLAH)))
			.andExpect(jsonPath("$.errors[0].field").value("rhkId"));
		// A day whose period has closed (its realisation deadline passed).
		write(ANALIS, """
				{"date": "%s", "activity": "Terlambat dicatat"}""".formatted(today.minusMonths(3)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message", containsString("ditutup")));
		this.mvc
			.perform(get("/api/v1/logs").param("nip", ANALIS)
				.param("from", today.minusDays(200).toString())
				.param("to", today.toString())
				.header("Authorization", token(ANALIS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		// An admin has no log of their own.
		write("admin", """
				{"date": "%s", "activity": "x"}""".formatted(today)).andExpect(status().isForbidden());
	}

	@Test
	void changesAndVoidsOnlyOwnEntriesAtTheVersionRead() throws Exception {
		LocalDate today = LocalDate.now();
		String created = write(ANALIS, """
				{"date": "%s", "activity": "Menyusun draf laporan"}""".formatted(today)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long version = ((Number) JsonPath.read(created, "$.version")).longValue();
		this.mvc
			.perform(put("/api/v1/logs/{id}", id).header("Authorization", token(PENGOLAH))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "%s", "activity": "Bukan milik saya", "version": %d}""".formatted(today, version)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/logs/{id}", id).header("Authorization", token(ANALIS))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "%s", "activity": "Menyusun laporan final", "version": %d}""".formatted(today,
						version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activity").value("Menyusun laporan final"));
		this.mvc
			.perform(put("/api/v1/logs/{id}", id).header("Authorization", token(ANALIS))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "%s", "activity": "Tab lama", "version": %d}""".formatted(today, version)))
			.andExpect(status().isConflict());
		this.mvc.perform(delete("/api/v1/logs/{id}", id).header("Authorization", token(ANALIS)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/logs").param("nip", ANALIS).header("Authorization", token(ANALIS)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		this.mvc.perform(delete("/api/v1/logs/{id}", id).header("Authorization", token(ANALIS)))
			.andExpect(status().isNotFound());
	}

}

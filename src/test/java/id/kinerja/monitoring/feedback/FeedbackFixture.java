package id.kinerja.monitoring.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestSignIn;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the feedback API as the demo's people do, each with a token of their own. The
 * plans are drafts of the demo's analyst and a colleague in the years 2074–2079, which no
 * other test class uses (feedback needs no approved plan); a plan of a year is started
 * once and found again by later tests of the same year.
 */
final class FeedbackFixture {

	/** Analis SDM Aparatur Ahli Pertama: the plan's owner. */
	static final String ANALIS = "199203102019031005";

	/** The analyst's direct supervisor (pejabat penilai). */
	static final String KASUBBID = "198506172010012004";

	/** The supervisor's supervisor (atasan pejabat penilai). */
	static final String KABID = "198001052005011003";

	/** A colleague of the analyst under the same supervisor: the peer. */
	static final String PENGOLAH = "199511282020122006";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Map<String, String> tokens = new HashMap<>();

	FeedbackFixture(MockMvc mvc, JdbcClient jdbc, MessageSource messages) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	String token(String username) throws Exception {
		String token = this.tokens.get(username);
		if (token == null) {
			token = TestSignIn.bearer(this.mvc, username);
			this.tokens.put(username, token);
		}
		return token;
	}

	/** Return the owner's plan of the year (started with one RHK when there is none). */
	long plan(String nip, int year) throws Exception {
		List<Long> found = this.jdbc.sql(
				"SELECT s.id FROM skp s JOIN employee e ON e.id = s.employee_id WHERE e.nip = :nip AND s.skp_year = :year")
			.param("nip", nip)
			.param("year", year)
			.query(Long.class)
			.list();
		if (!found.isEmpty()) {
			return found.get(0);
		}
		long skp = id(send(nip, "/api/v1/skp", "{\"nip\":\"" + nip + "\",\"year\":" + year + "}")
			.andExpect(status().isCreated()));
		send(nip, "/api/v1/skp/{id}/rhk",
				"""
						{"text": "Analisis capaian kinerja %d", "kind": "UTAMA", "supervisorRhkId": null,
						 "indicators": [{"text": "Laporan analisis", "aspect": "KUANTITAS", "target": "12", "unit": "dokumen"}]}"""
					.formatted(year),
				skp)
			.andExpect(status().isCreated());
		return skp;
	}

	/** Return the first RHK of the plan. */
	long rhk(long skpId) {
		return this.jdbc.sql("SELECT id FROM rhk WHERE skp_id = :skp ORDER BY id")
			.param("skp", skpId)
			.query(Long.class)
			.list()
			.get(0);
	}

	/**
	 * Store a realisation of the plan's first indicator in a period, as the realisation
	 * module will, and return its id.
	 */
	long realisation(long skpId, String periodCode) {
		Map<String, Object> plan = this.jdbc
			.sql("SELECT s.agency_id, s.employee_id, s.skp_year FROM skp s WHERE s.id = :id")
			.param("id", skpId)
			.query()
			.singleRow();
		long agency = ((Number) plan.get("agency_id")).longValue();
		long employee = ((Number) plan.get("employee_id")).longValue();
		int year = ((Number) plan.get("skp_year")).intValue();
		Map<String, Object> indicator = this.jdbc.sql(
				"SELECT i.id, i.rhk_id FROM indicator i JOIN rhk r ON r.id = i.rhk_id WHERE r.skp_id = :skp ORDER BY i.id")
			.param("skp", skpId)
			.query()
			.listOfRows()
			.get(0);
		int month = Integer.parseInt(periodCode.substring(5));
		java.time.LocalDate start = java.time.LocalDate.of(year, month, 1);
		this.jdbc.sql("""
				INSERT INTO realisation_report (agency_id, skp_id, employee_id, period_code, period_start, period_end,
				  status, submitted_late, created_at, created_by, updated_at, updated_by, version)
				VALUES (:agency, :skp, :employee, :code, :start, :end, 'DRAFT', FALSE, CURRENT_TIMESTAMP, 'test',
				  CURRENT_TIMESTAMP, 'test', 0)""")
			.param("agency", agency)
			.param("skp", skpId)
			.param("employee", employee)
			.param("code", periodCode)
			.param("start", start)
			.param("end", start.plusMonths(1).minusDays(1))
			.update();
		long report = this.jdbc.sql("SELECT id FROM realisation_report WHERE skp_id = :skp AND period_code = :code")
			.param("skp", skpId)
			.param("code", periodCode)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO realisation (agency_id, report_id, skp_id, rhk_id, indicator_id, value_number, source,
				  created_at, created_by, updated_at, updated_by, version)
				VALUES (:agency, :report, :skp, :rhk, :indicator, 3, 'EMPLOYEE', CURRENT_TIMESTAMP, 'test',
				  CURRENT_TIMESTAMP, 'test', 0)""")
			.param("agency", agency)
			.param("report", report)
			.param("skp", skpId)
			.param("rhk", ((Number) indicator.get("rhk_id")).longValue())
			.param("indicator", ((Number) indicator.get("id")).longValue())
			.update();
		return this.jdbc.sql("SELECT id FROM realisation WHERE report_id = :report")
			.param("report", report)
			.query(Long.class)
			.single();
	}

	ResultActions give(String as, long skpId, String json) throws Exception {
		return send(as, "/api/v1/skp/{id}/feedback", json, skpId);
	}

	ResultActions list(String as, long skpId) throws Exception {
		return get(as, "/api/v1/skp/{id}/feedback", skpId);
	}

	ResultActions invite(String as, long skpId, String nip) throws Exception {
		return send(as, "/api/v1/skp/{id}/peers", "{\"nip\":\"" + nip + "\",\"note\":\"Mohon masukan\"}", skpId);
	}

	ResultActions withdraw(String as, long skpId, String nip) throws Exception {
		return this.mvc.perform(delete("/api/v1/skp/{id}/peers/{nip}", skpId, nip).header("Authorization", token(as)));
	}

	ResultActions setPeerVisible(boolean visible) throws Exception {
		return this.mvc.perform(put("/api/v1/feedback-settings").header("Authorization", token("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"peerVisibleToEmployee\":" + visible + "}"));
	}

	ResultActions send(String as, String path, String body, Object... vars) throws Exception {
		return this.mvc.perform(post(path, vars).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions get(String as, String path, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.header("Authorization", token(as)));
	}

	/** Return a message of the Indonesian bundle, as the API answers by default. */
	String message(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag("id"));
	}

	/** Return the employee's full name, as views show it. */
	String name(String nip) {
		return this.jdbc.sql("SELECT name FROM employee WHERE nip = :nip")
			.param("nip", nip)
			.query(String.class)
			.single();
	}

	static long id(ResultActions result) throws Exception {
		Number id = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
		return id.longValue();
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}

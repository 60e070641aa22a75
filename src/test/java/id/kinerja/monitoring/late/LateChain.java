package id.kinerja.monitoring.late;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestSignIn;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the plans, daily-log and late-work APIs as the demo's people do (the BKPSDM
 * chain of {@code PlanChain}), each with a token of their own. The late-work tests take
 * the years 2090–2095.
 */
final class LateChain {

	static final String SEKDA = "197004121995031002";

	static final String KABAN = "197508232000122001";

	static final String KABID = "198001052005011003";

	/** Kepala Subbidang Penilaian Kinerja: the supervisor whose team is listed. */
	static final String KASUBBID = "198506172010012004";

	/** Analis SDM Aparatur, under the Kepala Subbidang. */
	static final String ANALIS = "199203102019031005";

	/** Pengolah Data Kinerja, under the same Kepala Subbidang. */
	static final String PENGOLAH = "199511282020122006";

	/** The demo's Admin OPD of BKPSDM. */
	static final String ADMIN_OPD = "199304022018012001";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Map<String, String> tokens = new HashMap<>();

	LateChain(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	String token(String username) throws Exception {
		String token = this.tokens.get(username);
		if (token == null) {
			token = TestSignIn.bearer(this.mvc, username);
			this.tokens.put(username, token);
		}
		return token;
	}

	ResultActions send(String as, String path, String body, Object... vars) throws Exception {
		return this.mvc.perform(post(path, vars).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions late(String as, String query) throws Exception {
		return this.mvc.perform(get("/api/v1/monitoring/late?" + query).header("Authorization", token(as)));
	}

	long start(String nip, int year) throws Exception {
		return id(send(nip, "/api/v1/skp", "{\"nip\":\"" + nip + "\",\"year\":" + year + "}")
			.andExpect(status().isCreated()));
	}

	long addRhk(String as, long skpId, String text, @Nullable Long supervisorRhkId, @Nullable String perspective)
			throws Exception {
		String json = "{\"text\":\"" + text + "\",\"kind\":\"UTAMA\",\"supervisorRhkId\":" + supervisorRhkId
				+ ",\"perspective\":" + ((perspective != null) ? "\"" + perspective + "\"" : "null")
				+ ",\"indicators\":[{\"text\":\"Jumlah " + text
				+ " yang selesai\",\"aspect\":\"KUANTITAS\",\"target\":\"12\",\"unit\":\"dokumen\"}]}";
		return id(send(as, "/api/v1/skp/{id}/rhk", json, skpId).andExpect(status().isCreated()));
	}

	void submitAndApprove(String owner, String decider, long skpId) throws Exception {
		send(owner, "/api/v1/skp/{id}/submit", "{}", skpId).andExpect(status().isOk());
		send(decider, "/api/v1/skp/{id}/approve", "{}", skpId).andExpect(status().isOk());
	}

	/**
	 * Plan and approve the year from the Sekda down to the analyst; return the analyst's
	 * SKP id.
	 */
	long approvedToAnalyst(int year) throws Exception {
		long sekda = start(SEKDA, year);
		long sekdaRhk = addRhk(SEKDA, sekda, "Tata kelola pemerintahan yang akuntabel", null, "PROSES_BISNIS");
		submitAndApprove(SEKDA, "admin", sekda);
		long kaban = start(KABAN, year);
		long kabanRhk = addRhk(KABAN, kaban, "Manajemen kinerja ASN yang objektif", sekdaRhk, "PENERIMA_LAYANAN");
		submitAndApprove(KABAN, SEKDA, kaban);
		long kabid = start(KABID, year);
		long kabidRhk = addRhk(KABID, kabid, "Penilaian kinerja pegawai tepat waktu", kabanRhk, null);
		submitAndApprove(KABID, KABAN, kabid);
		long kasubbid = start(KASUBBID, year);
		long kasubbidRhk = addRhk(KASUBBID, kasubbid, "Rekapitulasi penilaian kinerja bulanan", kabidRhk, null);
		submitAndApprove(KASUBBID, KABID, kasubbid);
		long analis = start(ANALIS, year);
		addRhk(ANALIS, analis, "Analisis capaian kinerja pegawai", kasubbidRhk, null);
		submitAndApprove(ANALIS, KASUBBID, analis);
		return analis;
	}

	void log(String nip, LocalDate day) throws Exception {
		send(nip, "/api/v1/logs", "{\"date\":\"" + day + "\",\"activity\":\"Menyusun rekap penilaian\"}")
			.andExpect(status().isCreated());
	}

	/**
	 * Record a realisation report of the SKP for a period as the realisation module does
	 * (its API is not there yet): the status, when submitted and whether late.
	 */
	long report(long skpId, String period, LocalDate start, LocalDate end, String status,
			@Nullable LocalDate submittedOn, boolean late) {
		Map<String, Object> skp = this.jdbc.sql("SELECT agency_id, employee_id FROM skp WHERE id = :id")
			.param("id", skpId)
			.query()
			.singleRow();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO realisation_report (agency_id, skp_id, employee_id, period_code, period_start, period_end,
				  status, submitted_at, submitted_late, created_at, created_by, updated_at, updated_by, version)
				VALUES (:agency, :skp, :employee, :period, :start, :end, :status, :submitted, :late, :now, 'test',
				  :now, 'test', 0)""")
			.param("agency", skp.get("agency_id"))
			.param("skp", skpId)
			.param("employee", skp.get("employee_id"))
			.param("period", period)
			.param("start", start)
			.param("end", end)
			.param("status", status)
			.param("submitted", (submittedOn != null) ? submittedOn.atTime(3, 0).atOffset(ZoneOffset.UTC) : null)
			.param("late", late)
			.param("now", now)
			.update();
		return this.jdbc.sql("SELECT id FROM realisation_report WHERE skp_id = :skp AND period_code = :period")
			.param("skp", skpId)
			.param("period", period)
			.query(Long.class)
			.single();
	}

	void setStatus(long reportId, String status) {
		this.jdbc.sql("UPDATE realisation_report SET status = :status WHERE id = :id")
			.param("status", status)
			.param("id", reportId)
			.update();
	}

	void extend(String unitCode, String period, LocalDate newDeadline) {
		this.jdbc.sql("""
				INSERT INTO deadline_extension (agency_id, unit_id, period_code, new_deadline, reason, created_at,
				  created_by)
				SELECT u.agency_id, u.id, :period, :deadline, 'Gangguan jaringan', :now, 'admin'
				FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'KOTA-CONTOH' AND u.code = :unit""")
			.param("period", period)
			.param("deadline", newDeadline)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("unit", unitCode)
			.update();
	}

	static long id(ResultActions result) throws Exception {
		Number id = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
		return id.longValue();
	}

}

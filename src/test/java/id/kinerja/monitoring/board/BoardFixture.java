package id.kinerja.monitoring.board;

import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestSignIn;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's reporting chain as the board tests use it, with plans made through the API.
 * The board tests take the years 2080–2085: TeamBoardApi 2080–2081, ProgressPublisher
 * 2082–2083, TeamBoardBrowser 2084–2085.
 */
final class BoardFixture {

	/** Sekretaris Daerah (JPT Madya), rated by the regional head. */
	static final String SEKDA = "197004121995031002";

	/** Kepala BKPSDM (JPT Pratama), rated by the Sekda. */
	static final String KABAN = "197508232000122001";

	/** Kepala Bidang PKA, rated by the Kepala BKPSDM. */
	static final String KABID = "198001052005011003";

	/** Kepala Subbidang Penilaian Kinerja, rated by the Kepala Bidang. */
	static final String KASUBBID = "198506172010012004";

	/** Analis SDM Aparatur Ahli Pertama, rated by the Kepala Subbidang. */
	static final String ANALIS = "199203102019031005";

	/** A colleague of the analyst under the same Kepala Subbidang. */
	static final String PENGOLAH = "199511282020122006";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Map<String, String> tokens = new HashMap<>();

	BoardFixture(MockMvc mvc, JdbcClient jdbc) {
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

	long employeeId(String nip) {
		return this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip").param("nip", nip).query(Long.class).single();
	}

	ResultActions get(String as, String path, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.header("Authorization", token(as)));
	}

	ResultActions send(String as, String path, String body, Object... vars) throws Exception {
		return this.mvc.perform(post(path, vars).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** Start the owner's own plan of the year and return its id. */
	long startOwn(String nip, int year) throws Exception {
		return id(send(nip, "/api/v1/skp", "{\"nip\":\"" + nip + "\",\"year\":" + year + "}")
			.andExpect(status().isCreated()));
	}

	/** Add an RHK with indicators (a perspective for a JPT plan); return the RHK's id. */
	long addRhk(String as, long skpId, String text, int indicators, String perspective) throws Exception {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < indicators; i++) {
			list.append((i > 0) ? "," : "")
				.append("{\"text\":\"Indikator ")
				.append(i + 1)
				.append(" ")
				.append(text)
				.append("\",\"aspect\":\"KUANTITAS\",\"target\":\"12\",\"unit\":\"dokumen\"}");
		}
		String json = "{\"text\":\"" + text + "\",\"kind\":\"UTAMA\",\"supervisorRhkId\":null,\"perspective\":"
				+ ((perspective != null) ? "\"" + perspective + "\"" : "null") + ",\"indicators\":[" + list + "]}";
		return id(send(as, "/api/v1/skp/{id}/rhk", json, skpId).andExpect(status().isCreated()));
	}

	static long id(ResultActions result) throws Exception {
		Number id = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
		return id.longValue();
	}

}

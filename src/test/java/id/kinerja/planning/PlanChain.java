package id.kinerja.planning;

import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestSignIn;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the plans API as the demo's people do: the reporting chain of BKPSDM, from the
 * regional secretary down to a functional analyst, each signed in with a token of their
 * own. Each test uses a year of its own, so that plans of different tests never meet. The
 * demo agency is shared by all {@code @DemoAgencyTest} classes; the years taken: SkpApi
 * 2031–2037, SkpPages 2038–2041, PlanningSettings 2042–2043, SkpAssist 2043–2047,
 * MidYearChange 2059 and 2098 (moves the analyst from 2098-07-01 on), Cascade 2060–2065,
 * SkpDocument 2070–2073, RealisationApi 2066–2067, RealisationPages 2068–2069,
 * RealisationStatementCount 2052 (in a context of its own), feedback 2074–2079, live
 * board 2080–2085, dialogues 2086–2089, late work 2090–2095; 2099 stays empty.
 */
public final class PlanChain {

	/** Sekretaris Daerah (JPT Madya), rated by the regional head. */
	public static final String SEKDA = "197004121995031002";

	/** Kepala BKPSDM (JPT Pratama), rated by the Sekda. */
	public static final String KABAN = "197508232000122001";

	/** Kepala Bidang PKA (Administrator), rated by the Kepala BKPSDM. */
	public static final String KABID = "198001052005011003";

	/** Kepala Subbidang Penilaian Kinerja (Pengawas), rated by the Kepala Bidang. */
	public static final String KASUBBID = "198506172010012004";

	/** Analis SDM Aparatur Ahli Pertama, rated by the Kepala Subbidang. */
	public static final String ANALIS = "199203102019031005";

	/** A colleague of the analyst under the same Kepala Subbidang. */
	public static final String PENGOLAH = "199511282020122006";

	private final MockMvc mvc;

	private final Map<String, String> tokens = new HashMap<>();

	public PlanChain(MockMvc mvc) {
		this.mvc = mvc;
	}

	public String token(String username) throws Exception {
		String token = this.tokens.get(username);
		if (token == null) {
			token = TestSignIn.bearer(this.mvc, username);
			this.tokens.put(username, token);
		}
		return token;
	}

	public ResultActions start(String as, String nip, int year) throws Exception {
		return this.mvc.perform(post("/api/v1/skp").header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nip\":\"" + nip + "\",\"year\":" + year + "}"));
	}

	/** Start the owner's own plan and return its id. */
	public long startOwn(String nip, int year) throws Exception {
		return id(start(nip, nip, year).andExpect(status().isCreated()));
	}

	public ResultActions addRhk(String as, long skpId, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/skp/{id}/rhk", skpId).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * Add a quantitative RHK supporting the given supervisor RHK (or none); return its
	 * id.
	 */
	public long addRhk(String as, long skpId, String text, @Nullable Long supervisorRhkId, @Nullable String perspective)
			throws Exception {
		String json = "{\"text\":\"" + text + "\",\"kind\":\"UTAMA\",\"supervisorRhkId\":" + supervisorRhkId
				+ ",\"perspective\":" + ((perspective != null) ? "\"" + perspective + "\"" : "null")
				+ ",\"indicators\":[{\"text\":\"Jumlah " + text
				+ " yang selesai\",\"aspect\":\"KUANTITAS\",\"target\":\"12\",\"unit\":\"dokumen\"}]}";
		return id(addRhk(as, skpId, json).andExpect(status().isCreated()));
	}

	public ResultActions action(String as, long skpId, String action, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/skp/{id}/" + action, skpId).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public ResultActions read(String as, long skpId) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/skp/{id}", skpId)
				.header("Authorization", token(as)));
	}

	public ResultActions put(String as, String path, String body, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path, vars)
			.header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public ResultActions send(String as, String path, String body, Object... vars) throws Exception {
		return this.mvc.perform(post(path, vars).header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public ResultActions get(String as, String path, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.header("Authorization", token(as)));
	}

	/** Submit the owner's plan and have the decider approve it. */
	public void submitAndApprove(String owner, String decider, long skpId) throws Exception {
		action(owner, skpId, "submit", "{}").andExpect(status().isOk());
		action(decider, skpId, "approve", "{}").andExpect(status().isOk());
	}

	/**
	 * Plan the demo chain from the Sekda down to the Kepala Subbidang for the year, each
	 * plan with one RHK supporting the one above, and approve every plan; return the
	 * Kepala Subbidang's RHK (which the analyst and the pengolah build on).
	 */
	public long approvedChainToKasubbid(int year) throws Exception {
		long sekda = startOwn(SEKDA, year);
		long sekdaRhk = addRhk(SEKDA, sekda, "Tata kelola akuntabel", null, "PROSES_BISNIS");
		submitAndApprove(SEKDA, "admin", sekda);
		long kaban = startOwn(KABAN, year);
		long kabanRhk = addRhk(KABAN, kaban, "Manajemen kinerja ASN", sekdaRhk, "PENERIMA_LAYANAN");
		submitAndApprove(KABAN, SEKDA, kaban);
		long kabid = startOwn(KABID, year);
		long kabidRhk = addRhk(KABID, kabid, "Penilaian tepat waktu", kabanRhk, null);
		submitAndApprove(KABID, KABAN, kabid);
		long kasubbid = startOwn(KASUBBID, year);
		long kasubbidRhk = addRhk(KASUBBID, kasubbid, "Rekap kinerja bulanan", kabidRhk, null);
		submitAndApprove(KASUBBID, KABID, kasubbid);
		return kasubbidRhk;
	}

	/**
	 * Give a subordinate of the Kepala Subbidang (the analyst or the pengolah) an
	 * approved plan of the year with the given RHKs (JSON bodies of {@code POST
	 * /api/v1/skp/{id}/rhk}, where {@code %d} stands for the Kepala Subbidang's RHK);
	 * return the plan's id.
	 */
	public long approvedPlanUnderKasubbid(String nip, long kasubbidRhk, int year, String... rhkJson) throws Exception {
		long skp = startOwn(nip, year);
		for (String json : rhkJson) {
			addRhk(nip, skp, json.formatted(kasubbidRhk)).andExpect(status().isCreated());
		}
		submitAndApprove(nip, KASUBBID, skp);
		return skp;
	}

	public static long id(ResultActions result) throws Exception {
		Number id = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
		return id.longValue();
	}

	public static long version(ResultActions result) throws Exception {
		Number version = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
		return version.longValue();
	}

}

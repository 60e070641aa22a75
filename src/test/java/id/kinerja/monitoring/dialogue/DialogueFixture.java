package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Drives the dialogue and coaching API as the demo's people: the Kepala Subbidang and the
 * two staff below her, the Kepala Bidang above, an employee of another line, the admins.
 */
final class DialogueFixture {

	/** Kepala Bidang PKA: above the Kepala Subbidang and her staff. */
	static final String KABID = "198001052005011003";

	/** Kepala Subbidang Penilaian Kinerja: the supervisor who holds the dialogues. */
	static final String KASUBBID = "198506172010012004";

	/** Analis SDM Aparatur Ahli Pertama: the subordinate. */
	static final String ANALIS = "199203102019031005";

	/** A colleague of the analyst under the same supervisor: a peer. */
	static final String PENGOLAH = "199511282020122006";

	/**
	 * A staff member of Dinas Kesehatan: outside the line (not the demo's Yohanes, whose
	 * password another test class resets).
	 */
	static String outsider(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT e.nip FROM employee e JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF'
				JOIN job_position p ON p.id = a.position_id JOIN unit u ON u.id = p.unit_id
				JOIN user_account ua ON ua.username = e.nip
				WHERE u.code LIKE 'DINKES%' AND p.position_type = 'PELAKSANA' ORDER BY e.nip""")
			.query(String.class)
			.list()
			.get(0);
	}

	/** The demo's Admin OPD of BKPSDM. */
	static final String ADMIN_OPD = "199304022018012001";

	private final MockMvc mvc;

	private final MessageSource messages;

	private final Map<String, String> tokens = new HashMap<>();

	DialogueFixture(MockMvc mvc, MessageSource messages) {
		this.mvc = mvc;
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

	ResultActions post(String as, String path, String json, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars)
			.header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions put(String as, String path, String json, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path, vars)
			.header("Authorization", token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions get(String as, String path, Object... vars) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.header("Authorization", token(as)));
	}

	/** The message of the key as the API answers it by default (Indonesian). */
	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag("id"));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static long version(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
	}

	static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

	/**
	 * Sign in as the admin of a new agency of its own and return the bearer header. The
	 * account is created on today's clock (so that its audit record does not sort before
	 * other tests' records), then the clock is pinned to the day again.
	 */
	String otherAgencyAdmin(AgencyRepository agencies, AccountService accounts, LocalDate day) throws Exception {
		TestClock.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Agency other = agencies
			.save(Agency.create("KAB-DLG-" + suffix, "Pemerintah Kabupaten Dialog " + suffix, AgencyType.KABUPATEN));
		accounts.createAccount(other.getId(), "admin-dlg-" + suffix, "Admin Dialog", "rahasia-dialog-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		TestClock.pin(day);
		return TestSignIn.bearer(this.mvc, "admin-dlg-" + suffix, "rahasia-dialog-1");
	}

	static long audits(JdbcClient jdbc, String type, long id) {
		return jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = :type AND entity_id = :id")
			.param("type", type)
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

}

package id.kinerja.monitoring.machine;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.planning.PlanChain;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The machine clients page of Admin BKPSDM: register (the token shown once), grant the
 * indicators of the analyst's approved SKP of 2097 by NIP and year, revoke, rotate,
 * deactivate; an employee is refused. Years taken: 2097 (with the API tests' 2096).
 */
@DemoAgencyTest
class MachineClientPagesIntegrationTests {

	static final int YEAR = 2097;

	static final String RHK_JSON = """
			{"text": "Layanan kependudukan terhubung", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Dokumen kependudukan terbit", "aspect": "KUANTITAS", "target": "240", "unit": "dokumen"},
			   {"text": "Waktu terbit dokumen", "aspect": "WAKTU", "target": "3", "unit": "hari"}]}""";

	private static final Pattern TOKEN = Pattern.compile("value=\"(kmc_[A-Za-z0-9_-]{43})\"");

	private static boolean planned;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static Cookie adminSession;

	Cookie admin;

	@BeforeEach
	void plan() throws Exception {
		if (!planned) {
			// Sign-ins are audited: on today's clock, so that records dated in a far year
			// do not crowd the newest page of the audit trail.
			PlanChain chain = new PlanChain(this.mvc);
			for (String username : java.util.List.of(PlanChain.SEKDA, PlanChain.KABAN, PlanChain.KABID,
					PlanChain.KASUBBID, PlanChain.ANALIS, "admin")) {
				chain.token(username);
			}
			adminSession = TestSignIn.session(this.mvc, "admin");
			TestClock.pin(LocalDate.of(YEAR, 3, 3));
			long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
			chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			planned = true;
		}
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		this.admin = adminSession;
	}

	/** Sign in through the form on today's clock, then stand on the test's day again. */
	Cookie session(String username) throws Exception {
		TestClock.reset();
		Cookie session = TestSignIn.session(this.mvc, username);
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		return session;
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	String register(String name, String description) throws Exception {
		String html = this.mvc
			.perform(post("/admin/machine-clients").cookie(this.admin)
				.with(csrf())
				.param("name", name)
				.param("description", description))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("id=\"issued-token\"")))
			.andExpect(content().string(containsString("Klien " + name + " terdaftar.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(html);
		assertThat(token.find()).as("the token on the page").isTrue();
		return token.group(1);
	}

	long idOf(String name) {
		return this.jdbc.sql("SELECT id FROM machine_client WHERE name = ?").param(name).query(Long.class).single();
	}

	long versionOf(String name) {
		return this.jdbc.sql("SELECT version FROM machine_client WHERE name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	@Test
	void registersShowsTheTokenOnceAndEscapesWhatWasTyped() throws Exception {
		String token = register("dukcapil-halaman", "<b>Sistem</b> kependudukan");
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		// Afterwards the page shows the token's first characters only, and the
		// description as text.
		this.mvc.perform(get("/admin/machine-clients").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dukcapil-halaman")))
			.andExpect(content().string(containsString(token.substring(0, 8) + "…")))
			.andExpect(content().string(not(containsString(token.substring(8)))))
			.andExpect(content().string(containsString("&lt;b&gt;Sistem&lt;/b&gt; kependudukan")))
			.andExpect(content().string(containsString("id=\"nav-machine-clients\"")));
	}

	@Test
	void namesTheFieldOfABadRegistration() throws Exception {
		this.mvc
			.perform(post("/admin/machine-clients").cookie(this.admin)
				.with(csrf())
				.param("name", "")
				.param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("Isi nama klien.")))
			.andExpect(content().string(not(containsString("id=\"issued-token\""))));
		// Without the CSRF token nothing is registered.
		this.mvc.perform(post("/admin/machine-clients").cookie(this.admin).param("name", "tanpa-csrf"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM machine_client WHERE name = 'tanpa-csrf'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void grantsThePlanOfAnEmployeeAndRevokesOneIndicator() throws Exception {
		register("dukcapil-izin", "");
		long id = idOf("dukcapil-izin");
		this.mvc
			.perform(post("/admin/machine-clients/{id}/grant", id).cookie(this.admin)
				.with(csrf())
				.param("nip", PlanChain.ANALIS)
				.param("year", String.valueOf(YEAR))
				.param("version", String.valueOf(versionOf("dukcapil-izin"))))
			.andExpect(redirectedUrl("/admin/machine-clients"));
		this.mvc.perform(get("/admin/machine-clients").cookie(this.admin))
			.andExpect(content().string(containsString("Dokumen kependudukan terbit")))
			.andExpect(content().string(containsString("Waktu terbit dokumen")))
			.andExpect(content().string(containsString("SKP " + YEAR)));
		long first = this.jdbc.sql("SELECT min(indicator_id) FROM machine_client_indicator WHERE client_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/machine-clients/{id}/indicators/{indicator}/revoke", id, first).cookie(this.admin)
				.with(csrf())
				.param("version", String.valueOf(versionOf("dukcapil-izin"))))
			.andExpect(redirectedUrl("/admin/machine-clients"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM machine_client_indicator WHERE client_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isOne();
		// A year without an approved plan, and no NIP: said next to the form.
		this.mvc
			.perform(post("/admin/machine-clients/{id}/grant", id).cookie(this.admin)
				.with(csrf())
				.param("nip", PlanChain.PENGOLAH)
				.param("year", String.valueOf(YEAR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak memiliki SKP yang disetujui pada tahun " + YEAR)));
		this.mvc
			.perform(post("/admin/machine-clients/{id}/grant", id).cookie(this.admin)
				.with(csrf())
				.param("nip", "")
				.param("year", "dua ribu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi NIP pemilik SKP.")))
			.andExpect(content().string(containsString("Isi tahun SKP")));
		// Both changes are in the audit trail.
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'MachineClient' AND entity_id = ? "
					+ "AND action = 'UPDATE'")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void rotatesAndDeactivates() throws Exception {
		String old = register("dukcapil-ganti", "");
		long id = idOf("dukcapil-ganti");
		String html = this.mvc
			.perform(post("/admin/machine-clients/{id}/rotate", id).cookie(this.admin)
				.with(csrf())
				.param("version", String.valueOf(versionOf("dukcapil-ganti"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("token lama tidak berlaku lagi")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = TOKEN.matcher(html);
		assertThat(matcher.find()).isTrue();
		String fresh = matcher.group(1);
		assertThat(fresh).isNotEqualTo(old);
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", "Bearer " + old))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", "Bearer " + fresh))
			.andExpect(status().isOk());
		// A form of an older version is refused rather than applied.
		this.mvc
			.perform(post("/admin/machine-clients/{id}/deactivate", id).cookie(this.admin)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/admin/machine-clients/{id}/deactivate", id).cookie(this.admin)
				.with(csrf())
				.param("version", String.valueOf(versionOf("dukcapil-ganti"))))
			.andExpect(redirectedUrl("/admin/machine-clients"));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", "Bearer " + fresh))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/admin/machine-clients").cookie(this.admin))
			.andExpect(content().string(containsString("Nonaktif")));
	}

	@Test
	void refusesEmployeesAndLetsTheAuditorRead() throws Exception {
		Cookie employee = session(PlanChain.ANALIS);
		this.mvc.perform(get("/admin/machine-clients").cookie(employee)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/machine-clients").cookie(employee).with(csrf()).param("name", "liar-halaman"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM machine_client WHERE name = 'liar-halaman'")
			.query(Long.class)
			.single()).isZero();
		Cookie auditor = session("auditor");
		this.mvc.perform(get("/admin/machine-clients").cookie(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"register-form\""))));
		this.mvc.perform(get("/").cookie(employee))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nav-machine-clients"))));
		this.mvc.perform(get("/").cookie(auditor)).andExpect(content().string(containsString("nav-machine-clients")));
	}

}

package id.kinerja.monitoring.machine;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.planning.PlanChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Machine clients through the API: Admin BKPSDM registers a client, grants it indicators
 * of the analyst's approved SKP of 2096, and the client reports values that the plan's
 * owner sees as system-sourced. Years taken: 2096 (the page tests take 2097).
 */
@DemoAgencyTest
class MachineClientApiIntegrationTests {

	static final int YEAR = 2096;

	static final String ANALIS = PlanChain.ANALIS;

	static final String PENGOLAH = PlanChain.PENGOLAH;

	/** Two counts, a rate and a time. */
	static final String RHK_JSON = """
			{"text": "Layanan kepegawaian tercatat otomatis", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Berkas layanan yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "berkas"},
			   {"text": "Data antrean yang valid", "aspect": "KUALITAS", "target": "95", "unit": "%%"},
			   {"text": "Lama proses layanan", "aspect": "WAKTU", "target": "5", "unit": "hari"},
			   {"text": "Permohonan yang diproses", "aspect": "KUANTITAS", "target": "120", "unit": "permohonan"}]}""";

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static long skpId;

	private static List<Long> indicators;

	private static List<Long> colleagueIndicators;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	private static PlanChain sharedChain;

	PlanChain chain;

	@BeforeEach
	void plan() throws Exception {
		if (sharedChain == null) {
			// Sign everyone in on today's clock, once: sign-ins are audited, and records
			// dated in a far year would crowd the newest page of the audit trail.
			sharedChain = new PlanChain(this.mvc);
			for (String username : List.of(PlanChain.SEKDA, PlanChain.KABAN, PlanChain.KABID, PlanChain.KASUBBID,
					ANALIS, PENGOLAH, "admin", "auditor")) {
				sharedChain.token(username);
			}
		}
		this.chain = sharedChain;
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		if (skpId == 0) {
			long kasubbidRhk = this.chain.approvedChainToKasubbid(YEAR);
			skpId = this.chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			indicators = indicatorsOf(ANALIS, skpId);
			long colleague = this.chain.approvedPlanUnderKasubbid(PENGOLAH, kasubbidRhk, YEAR, RHK_JSON);
			colleagueIndicators = indicatorsOf(PENGOLAH, colleague);
		}
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	/** Sign in through the form on today's clock, then stand on the test's day again. */
	jakarta.servlet.http.Cookie session(String username) throws Exception {
		TestClock.reset();
		jakarta.servlet.http.Cookie session = TestSignIn.session(this.mvc, username);
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		return session;
	}

	List<Long> indicatorsOf(String nip, long skp) throws Exception {
		String json = this.chain.read(nip, skp).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.rhk[0].indicators[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	/** A registered client of the demo agency: its id, name and token. */
	record Client(long id, String name, String token) {

		String bearer() {
			return "Bearer " + this.token;
		}

	}

	Client register(String... allowed) throws Exception {
		String name = "antrean-" + CLIENTS.incrementAndGet();
		String json = this.chain.send("admin", "/api/v1/machine-clients", """
				{"name": "%s", "description": "Sistem antrean layanan"}""".formatted(name))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Client client = new Client(((Number) JsonPath.read(json, "$.client.id")).longValue(), name,
				JsonPath.read(json, "$.token"));
		if (allowed.length > 0) {
			this.chain.put("admin", "/api/v1/machine-clients/{id}/indicators", """
					{"indicatorIds": [%s]}""".formatted(String.join(", ", allowed)), client.id())
				.andExpect(status().isOk());
		}
		return client;
	}

	static String ids(List<Long> all, int... at) {
		StringBuilder text = new StringBuilder();
		for (int i : at) {
			text.append(text.isEmpty() ? "" : ", ").append(all.get(i));
		}
		return text.toString();
	}

	ResultActions report(String bearer, long indicatorId, String period, String value) throws Exception {
		return this.mvc.perform(post("/api/v1/machine/realisations").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"indicatorId": %d, "period": "%s", "value": "%s", "note": "Dari sistem antrean"}"""
				.formatted(indicatorId, period, value)));
	}

	long stored(long indicatorId, String period) {
		return this.jdbc
			.sql("SELECT count(*) FROM realisation r JOIN realisation_report p ON p.id = r.report_id "
					+ "WHERE r.indicator_id = ? AND p.period_code = ?")
			.param(indicatorId)
			.param(period)
			.query(Long.class)
			.single();
	}

	@Test
	void reportsAValueTheOwnerSeesAsSystemSourced() throws Exception {
		Client client = register(ids(indicators, 0, 1));
		report(client.bearer(), indicators.get(0), YEAR + "-02", "2").andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("SYSTEM"))
			.andExpect(jsonPath("$.sourceClient").value(client.name()))
			.andExpect(jsonPath("$.achievement").isNumber())
			.andExpect(jsonPath("$.created").value(true));
		// The same indicator and period again changes the value.
		report(client.bearer(), indicators.get(0), YEAR + "-02", "3").andExpect(status().isOk())
			.andExpect(jsonPath("$.valueNumber").value(3))
			.andExpect(jsonPath("$.created").value(false));
		this.chain.get(ANALIS, "/api/v1/skp/{id}/realisations?period=" + YEAR + "-02", skpId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.indicatorId == " + indicators.get(0) + ")].source").value(hasItem("SYSTEM")))
			.andExpect(jsonPath("$[?(@.indicatorId == " + indicators.get(0) + ")].sourceClient")
				.value(hasItem(client.name())));
		// The owner's period sheet marks the value as reported by the system.
		this.mvc.perform(get("/skp/{id}/realisasi/{period}", skpId, YEAR + "-02").cookie(session(ANALIS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("source-system")))
			.andExpect(content().string(containsString("Dilaporkan sistem: " + client.name())));
		// The audit trail names the client.
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Realisation' AND actor = ?")
			.param("client:" + client.name())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void describesTheEndpointsInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/machine/realisations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/machine/realisations/batch'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/machine/indicators'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/machine-clients'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/machine-clients/{id}/indicators'].put").exists())
			.andExpect(jsonPath("$.components.securitySchemes['machine-token'].scheme").value("bearer"));
	}

	@Test
	void listsTheIndicatorsTheClientMayReport() throws Exception {
		Client client = register(ids(indicators, 1, 3));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", client.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].id").value(indicators.get(1)))
			.andExpect(jsonPath("$[0].text").value("Data antrean yang valid"))
			.andExpect(jsonPath("$[0].target").value("95"))
			.andExpect(jsonPath("$[0].unit").value("%"))
			.andExpect(jsonPath("$[0].nip").value(ANALIS))
			.andExpect(jsonPath("$[0].year").value(YEAR))
			.andExpect(jsonPath("$[1].id").value(indicators.get(3)));
	}

	@Test
	void refusesAnIndicatorNotGranted() throws Exception {
		Client client = register(ids(indicators, 0));
		report(client.bearer(), colleagueIndicators.get(0), YEAR + "-02", "2").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.machine.indicator-denied"));
		report(client.bearer(), Long.MAX_VALUE, YEAR + "-02", "2").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.machine.indicator-denied"));
		assertThat(stored(colleagueIndicators.get(0), YEAR + "-02")).isZero();
		// A revoked indicator is refused at once.
		long version = ((Number) JsonPath.read(this.chain.get("admin", "/api/v1/machine-clients/{id}", client.id())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version")).longValue();
		this.chain.put("admin", "/api/v1/machine-clients/{id}/indicators", """
				{"indicatorIds": [], "version": %d}""".formatted(version), client.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicatorIds", hasSize(0)));
		report(client.bearer(), indicators.get(0), YEAR + "-03", "2").andExpect(status().isForbidden());
		// An old version is a conflict, not a silent overwrite.
		this.chain.put("admin", "/api/v1/machine-clients/{id}/indicators", """
				{"indicatorIds": [%d], "version": %d}""".formatted(indicators.get(0), version), client.id())
			.andExpect(status().isConflict());
	}

	@Test
	void neverReachesAnotherAgency() throws Exception {
		TestClock.reset();
		Agency other = this.agencies
			.save(Agency.create("KAB-MESIN", "Pemerintah Kabupaten Mesin", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-mesin", "Admin Kabupaten Mesin", "rahasia-mesin-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-mesin", "rahasia-mesin-1");
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		Client ours = register(ids(indicators, 0));
		// The other agency's admin sees none of our clients.
		this.mvc.perform(get("/api/v1/machine-clients").header("Authorization", otherAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ours.name()))));
		this.mvc.perform(get("/api/v1/machine-clients/{id}", ours.id()).header("Authorization", otherAdmin))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/machine-clients/{id}/rotate", ours.id()).header("Authorization", otherAdmin))
			.andExpect(status().isNotFound());
		// Its own client cannot be granted our indicator: the same answer as for no
		// indicator at all.
		String json = this.mvc
			.perform(post("/api/v1/machine-clients").header("Authorization", otherAdmin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"kependudukan\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long theirs = ((Number) JsonPath.read(json, "$.client.id")).longValue();
		String theirToken = "Bearer " + JsonPath.read(json, "$.token");
		this.mvc
			.perform(put("/api/v1/machine-clients/{id}/indicators", theirs).header("Authorization", otherAdmin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicatorIds\": [%d, %d]}".formatted(indicators.get(0), Long.MAX_VALUE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicatorIds[0]"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.indicator.unknown"))
			.andExpect(jsonPath("$.errors[1].field").value("indicatorIds[1]"))
			.andExpect(jsonPath("$.errors[1].code").value("monitoring.machine.indicator.unknown"));
		report(theirToken, indicators.get(0), YEAR + "-02", "2").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.machine.indicator-denied"));
		// Even a grant written around the service is no way in.
		this.jdbc.sql("INSERT INTO machine_client_indicator (client_id, indicator_id) VALUES (?, ?)")
			.param(theirs)
			.param(indicators.get(3))
			.update();
		report(theirToken, indicators.get(3), YEAR + "-02", "20").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.realisation.indicator.unknown"));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", theirToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(stored(indicators.get(3), YEAR + "-02")).isZero();
	}

	@Test
	void refusesRotatedDeactivatedForgedAndMissingTokens() throws Exception {
		Client client = register(ids(indicators, 0));
		String rotated = this.chain.send("admin", "/api/v1/machine-clients/{id}/rotate", "{}", client.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.client.tokenPrefix").value(org.hamcrest.Matchers.startsWith("kmc_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String newToken = "Bearer " + JsonPath.read(rotated, "$.token");
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", client.bearer()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.detail").value(containsString("Token klien mesin tidak dikenal")));
		this.mvc
			.perform(
					get("/api/v1/machine/indicators").header("Authorization", newToken).header("Accept-Language", "en"))
			.andExpect(status().isOk());
		this.chain.send("admin", "/api/v1/machine-clients/{id}/deactivate", "{}", client.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		report(newToken, indicators.get(0), YEAR + "-03", "4").andExpect(status().isUnauthorized());
		assertThat(stored(indicators.get(0), YEAR + "-03")).isZero();
		// A deactivated client stays deactivated.
		this.chain.send("admin", "/api/v1/machine-clients/{id}/rotate", "{}", client.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("monitoring.machine.client.inactive"));
		// Forged, malformed and missing tokens.
		String forged = "Bearer kmc_" + "A".repeat(43);
		this.mvc
			.perform(get("/api/v1/machine/indicators").header("Authorization", forged).header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("Unknown machine client token")));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", "Bearer kmc_short"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/machine/realisations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("Authorization")));
	}

	@Test
	void clientTokensWorkNowhereElseAndUserSignInsNotHere() throws Exception {
		Client client = register(ids(indicators, 0));
		this.mvc.perform(get("/api/v1/skp/{id}", skpId).header("Authorization", client.bearer()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/machine-clients").header("Authorization", client.bearer()))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/skp/{id}/realisations", skpId).header("Authorization", client.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"period\": \"%d-02\", \"indicatorId\": %d, \"value\": \"1\"}".formatted(YEAR,
						indicators.get(0))))
			.andExpect(status().isUnauthorized());
		// A person's token and session do not sign in on the machine API.
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", this.chain.token(ANALIS)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").doesNotExist());
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", this.chain.token("admin")))
			.andExpect(status().isUnauthorized());
		jakarta.servlet.http.Cookie session = session(ANALIS);
		this.mvc.perform(get("/api/v1/machine/indicators").cookie(session)).andExpect(status().isUnauthorized());
		report(this.chain.token(ANALIS), indicators.get(0), YEAR + "-02", "1").andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAdminBkpsdmManagesClients() throws Exception {
		Client client = register();
		this.chain.get(ANALIS, "/api/v1/machine-clients").andExpect(status().isForbidden());
		this.chain.send(ANALIS, "/api/v1/machine-clients", "{\"name\": \"liar\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.machine.admin-only"));
		this.chain.send(PlanChain.KABAN, "/api/v1/machine-clients/{id}/rotate", "{}", client.id())
			.andExpect(status().isForbidden());
		this.chain.send(ANALIS, "/api/v1/machine-clients/{id}/deactivate", "{}", client.id())
			.andExpect(status().isForbidden());
		this.chain.put(ANALIS, "/api/v1/machine-clients/{id}/indicators", "{\"indicatorIds\": []}", client.id())
			.andExpect(status().isForbidden());
		// The auditor reads, and changes nothing.
		this.chain.get("auditor", "/api/v1/machine-clients")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(client.name())));
		this.chain.send("auditor", "/api/v1/machine-clients", "{\"name\": \"audit-liar\"}")
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM machine_client WHERE name IN ('liar', 'audit-liar')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void keepsOnlyTheHashOfTheSecret() throws Exception {
		Client client = register();
		assertThat(client.token()).matches("kmc_[A-Za-z0-9_-]{43}");
		String hash = this.jdbc.sql("SELECT token_hash FROM machine_client WHERE id = ?")
			.param(client.id())
			.query(String.class)
			.single();
		String prefix = this.jdbc.sql("SELECT token_prefix FROM machine_client WHERE id = ?")
			.param(client.id())
			.query(String.class)
			.single();
		assertThat(hash).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(client.token().getBytes("UTF-8"))));
		assertThat(prefix).isEqualTo(client.token().substring(0, 8));
		String secretPart = client.token().substring(8);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM machine_client WHERE name LIKE ? OR description LIKE ? "
					+ "OR token_hash LIKE ? OR token_prefix LIKE ?")
			.params("%" + secretPart + "%", "%" + secretPart + "%", "%" + secretPart + "%", "%" + secretPart + "%")
			.query(Long.class)
			.single()).isZero();
		// The audit trail records the registration, without the secret or its hash.
		List<String> audited = this.jdbc
			.sql("SELECT after_state FROM audit_record WHERE entity_type = 'MachineClient' AND entity_id = ?")
			.param(String.valueOf(client.id()))
			.query(String.class)
			.list();
		assertThat(audited).isNotEmpty().allSatisfy((state) -> assertThat(state).doesNotContain(secretPart, hash));
		// Lists show the prefix only.
		this.chain.get("admin", "/api/v1/machine-clients")
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(secretPart))))
			.andExpect(content().string(not(containsString(hash))));
	}

	@Test
	void refusesBadRegistrationsNamingTheField() throws Exception {
		this.chain.send("admin", "/api/v1/machine-clients", "{\"name\": \"  \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.name.required"));
		this.chain.send("admin", "/api/v1/machine-clients", "{\"name\": \"<script>\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.name.pattern"));
		Client client = register();
		this.chain
			.send("admin", "/api/v1/machine-clients",
					"{\"name\": \"%s\", \"description\": \"%s\"}".formatted(client.name(), "x".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.name.taken"))
			.andExpect(jsonPath("$.errors[1].field").value("description"))
			.andExpect(jsonPath("$.errors[1].code").value("planning.text.size"));
	}

	@Test
	void refusesBadValuesNamingTheField() throws Exception {
		Client client = register(ids(indicators, 0, 1));
		report(client.bearer(), indicators.get(1), YEAR + "-03", "sembilan puluh").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.realisation.value.number"));
		report(client.bearer(), indicators.get(1), YEAR + "-01", "96").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.realisation.period.closed"));
		report(client.bearer(), indicators.get(1), YEAR + "-05", "96").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.realisation.period.not-started"));
		// Below target, the obstacle, its cause and the fix are asked for, as of people.
		report(client.bearer(), indicators.get(1), YEAR + "-03", "50").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("obstacle")));
		assertThat(stored(indicators.get(1), YEAR + "-01") + stored(indicators.get(1), YEAR + "-05")).isZero();
	}

	@Test
	void writesABatchAllOrNothing() throws Exception {
		Client client = register(ids(indicators, 0, 2, 3));
		String period = YEAR + "-03";
		String refused = """
				{"items": [
				  {"indicatorId": %d, "period": "%s", "value": "4"},
				  {"indicatorId": %d, "period": "%s", "value": "banyak"},
				  {"indicatorId": %d, "period": "%d-01", "value": "40"},
				  {"indicatorId": %d, "period": "%s", "value": "3"}]}""".formatted(indicators.get(2), period,
				indicators.get(3), period, indicators.get(3), YEAR, colleagueIndicators.get(0), period);
		this.mvc
			.perform(post("/api/v1/machine/realisations/batch").header("Authorization", client.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(refused))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("items[1].value"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.realisation.value.number"))
			.andExpect(jsonPath("$.errors[1].field").value("items[2].period"))
			.andExpect(jsonPath("$.errors[1].code").value("monitoring.realisation.period.closed"))
			.andExpect(jsonPath("$.errors[2].field").value("items[3].indicatorId"))
			.andExpect(jsonPath("$.errors[2].code").value("monitoring.machine.indicator-denied"));
		// The first item was valid, yet nothing of the batch stays.
		assertThat(stored(indicators.get(2), period)).isZero();
		String accepted = """
				{"items": [
				  {"indicatorId": %d, "period": "%s", "value": "4"},
				  {"indicatorId": %d, "period": "%s", "value": "60", "note": "Antrean Maret"}]}"""
			.formatted(indicators.get(2), period, indicators.get(3), period);
		this.mvc
			.perform(post("/api/v1/machine/realisations/batch").header("Authorization", client.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(accepted))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[1].note").value("Antrean Maret"))
			.andExpect(
					jsonPath("$.items[*].source", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("SYSTEM"))));
		assertThat(stored(indicators.get(2), period)).isOne();
		assertThat(stored(indicators.get(3), period)).isOne();
	}

	@Test
	void refusesEmptyOversizedAndRepeatingBatches() throws Exception {
		Client client = register(ids(indicators, 0));
		batch(client, "{\"items\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.batch.empty"));
		String item = "{\"indicatorId\": %d, \"period\": \"%d-03\", \"value\": \"9\"}".formatted(indicators.get(0),
				YEAR);
		batch(client, "{\"items\": [" + String.join(",", java.util.Collections.nCopies(501, item)) + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.batch.size"));
		batch(client, "{\"items\": [" + item + ", null, " + item + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("monitoring.machine.batch.item-required"))
			.andExpect(jsonPath("$.errors[1].field").value("items[2].indicatorId"))
			.andExpect(jsonPath("$.errors[1].code").value("monitoring.machine.batch.duplicate"));
	}

	ResultActions batch(Client client, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/machine/realisations/batch").header("Authorization", client.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void notesTheLastUseAtMostOnceAMinute() throws Exception {
		Client client = register();
		Instant start = LocalDate.of(YEAR, 3, 3).atTime(3, 0).toInstant(java.time.ZoneOffset.UTC);
		TestClock.pin(start);
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", client.bearer()))
			.andExpect(status().isOk());
		assertThat(lastUsed(client)).isEqualTo(start);
		TestClock.pin(start.plusSeconds(30));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", client.bearer()))
			.andExpect(status().isOk());
		assertThat(lastUsed(client)).isEqualTo(start);
		TestClock.pin(start.plusSeconds(90));
		this.mvc.perform(get("/api/v1/machine/indicators").header("Authorization", client.bearer()))
			.andExpect(status().isOk());
		assertThat(lastUsed(client)).isEqualTo(start.plusSeconds(90));
		// Noting the use is no change of the client: no audit record, same version.
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'MachineClient' AND entity_id = ?")
					.param(String.valueOf(client.id()))
					.query(Long.class)
					.single())
			.isOne();
	}

	Instant lastUsed(Client client) {
		return this.jdbc.sql("SELECT last_used_at FROM machine_client WHERE id = ?")
			.param(client.id())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

}

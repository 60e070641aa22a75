package id.kinerja.planning;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static id.kinerja.planning.PlanChain.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The drafting helpers and the Matriks Peran Hasil, through the API and the pages. */
@DemoAgencyTest
class SkpAssistIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	@BeforeEach
	void setUp() {
		this.chain = new PlanChain(this.mvc);
	}

	Cookie signIn(String username) throws Exception {
		return id.kinerja.TestSignIn.session(this.mvc, username);
	}

	@Test
	void startsAnEmptyDraftFromThePickedSupervisorRhks() throws Exception {
		int year = 2044;
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long first = this.chain.addRhk(KASUBBID, kasubbid, "Rekapitulasi penilaian kinerja", null, null);
		long second = this.chain.addRhk(KASUBBID, kasubbid, "Pemantauan SKP pegawai", null, null);
		long kabid = this.chain.startOwn(KABID, year);
		long foreign = this.chain.addRhk(KABID, kabid, "Bukan RHK atasan langsung analis", null, null);
		long analis = this.chain.startOwn(ANALIS, year);
		// Nobody but the owner, and only what the supervisor has.
		for (String other : List.of(PENGOLAH, KASUBBID, "auditor")) {
			this.chain
				.send(other, "/api/v1/skp/{id}/from-supervisor", "{\"supervisorRhkIds\": [%d]}".formatted(first),
						analis)
				.andExpect(status().isForbidden());
		}
		this.chain.send(ANALIS, "/api/v1/skp/{id}/from-supervisor", "{\"supervisorRhkIds\": []}", analis)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisorRhkIds"));
		this.chain
			.send(ANALIS, "/api/v1/skp/{id}/from-supervisor",
					"{\"supervisorRhkIds\": [%d, %d]}".formatted(first, foreign), analis)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("supervisorRhkIds[1]")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem("supervisorRhkIds[0]"))));
		this.chain
			.send(ANALIS, "/api/v1/skp/{id}/from-supervisor",
					"{\"supervisorRhkIds\": [%d], \"version\": 99}".formatted(first), analis)
			.andExpect(status().isConflict());
		this.chain.read(ANALIS, analis).andExpect(jsonPath("$.rhk").isEmpty());
		this.chain
			.send(ANALIS, "/api/v1/skp/{id}/from-supervisor",
					"{\"supervisorRhkIds\": [%d, %d]}".formatted(second, first), analis)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rhk", hasSize(2)))
			.andExpect(jsonPath("$.rhk[0].supervisorRhkId").value(second))
			.andExpect(jsonPath("$.rhk[1].supervisorRhkId").value(first))
			.andExpect(jsonPath("$.rhk[1].text").value("Rekapitulasi penilaian kinerja"))
			.andExpect(jsonPath("$.rhk[0].indicators").isEmpty())
			// The starting text is the supervisor's: the hint says so until the owner
			// rewrites it.
			.andExpect(jsonPath("$.hints[*].code", hasItems("planning.hint.copied", "planning.hint.no-indicator")));
		this.chain.action(ANALIS, analis, "submit", "{}").andExpect(status().isBadRequest());
		this.chain
			.send(ANALIS, "/api/v1/skp/{id}/from-supervisor", "{\"supervisorRhkIds\": [%d]}".formatted(first), analis)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("belum memiliki RHK")));

		// The page: the supervisor's RHKs as checkboxes.
		long pengolah = this.chain.startOwn(PENGOLAH, year);
		Cookie cookie = signIn(PENGOLAH);
		this.mvc.perform(get("/skp/{id}", pengolah).cookie(cookie))
			.andExpect(content().string(containsString("id=\"from-supervisor\"")))
			.andExpect(content().string(containsString("id=\"copy-last-year\"")));
		this.mvc.perform(get("/skp/{id}/from-supervisor", pengolah).cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pick-" + second + "\"")));
		this.mvc.perform(post("/skp/{id}/from-supervisor", pengolah).cookie(cookie).with(csrf()))
			.andExpect(redirectedUrl("/skp/" + pengolah + "/from-supervisor"))
			.andExpect(flash().attributeExists("problems"));
		this.mvc
			.perform(post("/skp/{id}/from-supervisor", pengolah).cookie(cookie)
				.with(csrf())
				.param("rhk", String.valueOf(second)))
			.andExpect(redirectedUrl("/skp/" + pengolah))
			.andExpect(flash().attribute("notice", "planning.assist.saved.picked"));
		this.chain.read(PENGOLAH, pengolah).andExpect(jsonPath("$.rhk[0].supervisorRhkId").value(second));
	}

	@Test
	void copiesLastYearsPlanRelinkingOnlyWhereTheSupervisorKeptTheText() throws Exception {
		int year = 2046;
		long oldKasubbid = this.chain.startOwn(KASUBBID, year - 1);
		long kept = this.chain.addRhk(KASUBBID, oldKasubbid, "Rekapitulasi penilaian kinerja", null, null);
		long dropped = this.chain.addRhk(KASUBBID, oldKasubbid, "Sosialisasi aplikasi lama", null, null);
		long oldAnalis = this.chain.startOwn(ANALIS, year - 1);
		this.chain.addRhk(ANALIS, oldAnalis, "Analisis capaian kinerja unit", kept, null);
		this.chain.addRhk(ANALIS, oldAnalis, "Bahan sosialisasi aplikasi", dropped, null);
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long sameText = this.chain.addRhk(KASUBBID, kasubbid, "Rekapitulasi  penilaian kinerja", null, null);
		this.chain.addRhk(KASUBBID, kasubbid, "Sosialisasi aplikasi baru", null, null);
		long analis = this.chain.startOwn(ANALIS, year);
		this.chain.send(PENGOLAH, "/api/v1/skp/{id}/copy-last-year", "{}", analis).andExpect(status().isForbidden());
		this.chain.send(ANALIS, "/api/v1/skp/{id}/copy-last-year", "{}", analis)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rhk", hasSize(2)))
			.andExpect(jsonPath("$.rhk[0].text").value("Analisis capaian kinerja unit"))
			.andExpect(jsonPath("$.rhk[0].supervisorRhkId").value(sameText))
			.andExpect(jsonPath("$.rhk[0].indicators[0].target").value("12"))
			.andExpect(jsonPath("$.rhk[0].indicators[0].unit").value("dokumen"))
			.andExpect(jsonPath("$.rhk[1].supervisorRhkId").doesNotExist())
			.andExpect(jsonPath("$.hints[?(@.code == 'planning.hint.unlinked')].rhkNumber", hasItem(2)));
		// Last year's plan is untouched.
		this.chain.read(ANALIS, oldAnalis).andExpect(jsonPath("$.rhk[1].supervisorRhkId").value(dropped));
		this.chain.send(ANALIS, "/api/v1/skp/{id}/copy-last-year", "{}", analis).andExpect(status().isConflict());
		// Someone without last year's plan is told so, on the page too.
		long pengolah = this.chain.startOwn(PENGOLAH, year);
		this.chain.send(PENGOLAH, "/api/v1/skp/{id}/copy-last-year", "{}", pengolah)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString(String.valueOf(year - 1))));
		this.mvc.perform(post("/skp/{id}/copy-last-year", pengolah).cookie(signIn(PENGOLAH)).with(csrf()))
			.andExpect(redirectedUrl("/skp/" + pengolah))
			.andExpect(flash().attributeExists("problems"));
	}

	@Test
	void distributesTheSupervisorsRhksThroughTheMatrixWithoutTouchingSubmittedPlans() throws Exception {
		int year = 2047;
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Manajemen kinerja ASN", null, "PROSES_BISNIS");
		this.chain.submitAndApprove(KABAN, SEKDA, kaban);
		long kabid = this.chain.startOwn(KABID, year);
		long kabidRhk = this.chain.addRhk(KABID, kabid, "Penilaian kinerja tepat waktu", kabanRhk, null);
		this.chain.submitAndApprove(KABID, KABAN, kabid);
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long first = this.chain.addRhk(KASUBBID, kasubbid, "Rekapitulasi penilaian bulanan", kabidRhk, null);
		long second = this.chain.addRhk(KASUBBID, kasubbid, "Pendampingan penyusunan SKP", kabidRhk, null);
		this.chain.submitAndApprove(KASUBBID, KABID, kasubbid);
		long pengolah = this.chain.startOwn(PENGOLAH, year);
		this.chain.addRhk(PENGOLAH, pengolah, "Pengolahan data penilaian", first, null);
		this.chain.action(PENGOLAH, pengolah, "submit", "{}").andExpect(status().isOk());

		this.chain.get(KASUBBID, "/api/v1/skp/{id}/matrix", kasubbid)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").doesNotExist())
			.andExpect(jsonPath("$.editable").value(true))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.columns[*].nip", hasItems(ANALIS, PENGOLAH)));
		this.chain.get(ANALIS, "/api/v1/skp/{id}/matrix", kasubbid).andExpect(jsonPath("$.editable").value(false));
		String ticks = """
				{"ticks": [{"rhkId": %d, "nip": "%s"}, {"rhkId": %d, "nip": "%s"}, {"rhkId": %d, "nip": "%s"}],
				 "version": %s}""";
		for (String other : List.of(ANALIS, KABID, "auditor")) {
			this.chain
				.put(other, "/api/v1/skp/{id}/matrix",
						ticks.formatted(first, ANALIS, second, ANALIS, second, PENGOLAH, "null"), kasubbid)
				.andExpect(status().isForbidden());
		}
		this.chain
			.put(KASUBBID, "/api/v1/skp/{id}/matrix",
					ticks.formatted(first, KABID, kabidRhk, ANALIS, second, "nobody", "null"), kasubbid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("ticks[0].nip", "ticks[1].rhkId", "ticks[2].nip")));
		String saved = this.chain
			.put(KASUBBID, "/api/v1/skp/{id}/matrix",
					ticks.formatted(first, ANALIS, second, ANALIS, second, PENGOLAH, "null"), kasubbid)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.started", hasItem(ANALIS)))
			.andExpect(jsonPath("$.skipped[0].nip").value(PENGOLAH))
			.andExpect(jsonPath("$.skipped[0].reason").value("planning.matrix.skipped.locked"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number version = JsonPath.read(saved, "$.matrix.version");
		this.chain.get(ANALIS, "/api/v1/skp?nip={nip}&year={year}", ANALIS, year)
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].status").value("DRAFT"))
			.andExpect(jsonPath("$[0].appraiser.nip").value(KASUBBID))
			.andExpect(jsonPath("$[0].rhk[*].supervisorRhkId", hasItems((int) first, (int) second)));
		this.chain.read(PENGOLAH, pengolah)
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.rhk", hasSize(1)));
		// Saving again adds no duplicate; a stale version is refused.
		this.chain
			.put(KASUBBID, "/api/v1/skp/{id}/matrix",
					ticks.formatted(first, ANALIS, second, ANALIS, second, PENGOLAH, version), kasubbid)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0));
		this.chain.get(ANALIS, "/api/v1/skp?nip={nip}&year={year}", ANALIS, year)
			.andExpect(jsonPath("$[0].rhk", hasSize(2)));
		this.chain
			.put(KASUBBID, "/api/v1/skp/{id}/matrix",
					ticks.formatted(first, ANALIS, second, ANALIS, second, PENGOLAH, version), kasubbid)
			.andExpect(status().isConflict());
		// The matrix reopens as kept, with who already supports what.
		String matrix = this.chain.get(KASUBBID, "/api/v1/skp/{id}/matrix", kasubbid)
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Boolean> pengolahFirst = JsonPath.read(matrix,
				"$.rows[?(@.rhkId == " + first + ")].cells[?(@.nip == '" + PENGOLAH + "')].linked");
		List<Boolean> pengolahFirstTicked = JsonPath.read(matrix,
				"$.rows[?(@.rhkId == " + first + ")].cells[?(@.nip == '" + PENGOLAH + "')].ticked");
		List<Boolean> analisSecond = JsonPath.read(matrix,
				"$.rows[?(@.rhkId == " + second + ")].cells[?(@.nip == '" + ANALIS + "')].ticked");
		assertThat(pengolahFirst).containsExactly(true);
		assertThat(pengolahFirstTicked).containsExactly(false);
		assertThat(analisSecond).containsExactly(true);
		// Kept and audited: created once, the unchanged save wrote nothing.
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_record WHERE entity_type = 'RoleMatrix' AND after_state LIKE :skp")
			.param("skp", "%\"skpId\":" + kasubbid + "%")
			.query(String.class)
			.list()).containsExactly("CREATE");

		// The page: a grid that scrolls inside its own container, saved through the form.
		Cookie cookie = signIn(KASUBBID);
		this.mvc.perform(get("/skp/{id}", kasubbid).cookie(cookie))
			.andExpect(content().string(containsString("id=\"open-matrix\"")));
		this.mvc.perform(get("/skp/{id}/matrix", kasubbid).cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("table-responsive")))
			.andExpect(content().string(containsString("value=\"" + second + ":" + ANALIS + "\"")));
		Number current = JsonPath.read(matrix, "$.version");
		this.mvc
			.perform(post("/skp/{id}/matrix", kasubbid).cookie(cookie)
				.with(csrf())
				.param("cell", first + ":" + ANALIS)
				.param("version", String.valueOf(current)))
			.andExpect(redirectedUrl("/skp/" + kasubbid + "/matrix"))
			.andExpect(flash().attribute("notice", "planning.matrix.saved"));
		this.mvc
			.perform(post("/skp/{id}/matrix", kasubbid).cookie(signIn(ANALIS))
				.with(csrf())
				.param("cell", first + ":" + ANALIS))
			.andExpect(status().isForbidden());
	}

}

package id.kinerja.planning;

import id.kinerja.DemoAgencyTest;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static id.kinerja.planning.PlanChain.SEKDA;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class SkpPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	PlanChain chain;

	@BeforeEach
	void setUp() {
		this.chain = new PlanChain(this.mvc);
	}

	Cookie signIn(String username) throws Exception {
		return id.kinerja.TestSignIn.session(this.mvc, username);
	}

	@Test
	void startsAPlanAndAddsAnRhkThroughTheForms() throws Exception {
		int year = 2040;
		Cookie kaban = signIn(KABAN);
		this.mvc.perform(get("/skp").param("year", String.valueOf(year)).cookie(kaban))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"start-skp\"")));
		MvcResult started = this.mvc
			.perform(post("/skp/start").param("year", String.valueOf(year)).cookie(kaban).with(csrf()))
			.andExpect(redirectedUrlPattern("/skp/*"))
			.andExpect(flash().attribute("notice", "planning.saved.started"))
			.andReturn();
		String url = started.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		this.mvc.perform(get(url).cookie(kaban))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draf")))
			.andExpect(content().string(containsString("Berorientasi Pelayanan")))
			.andExpect(content().string(containsString("SKP belum memiliki RHK.")));
		this.mvc.perform(get("/skp/{id}/rhk/new", id).cookie(kaban))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"perspective\"")));
		// A bad row is shown next to its field, in the row as the user typed it.
		this.mvc
			.perform(post("/skp/{id}/rhk/new", id).cookie(kaban)
				.with(csrf())
				.param("text", "Layanan kepegawaian tanpa antre")
				.param("kind", "UTAMA")
				.param("perspective", "PENERIMA_LAYANAN")
				.param("indicators[0].text", "Layanan daring")
				.param("indicators[0].aspect", "KUANTITAS")
				.param("indicators[0].target", "delapan")
				.param("indicators[0].unit", "layanan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("bukan &quot;delapan&quot;")));
		this.mvc
			.perform(post("/skp/{id}/rhk/new", id).cookie(kaban)
				.with(csrf())
				.param("text", "Layanan kepegawaian tanpa antre")
				.param("kind", "UTAMA")
				.param("perspective", "PENERIMA_LAYANAN")
				.param("indicators[0].text", "")
				.param("indicators[1].text", "Layanan daring")
				.param("indicators[1].aspect", "KUANTITAS")
				.param("indicators[1].target", "8")
				.param("indicators[1].unit", "layanan"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/skp/" + id))
			.andExpect(flash().attribute("notice", "planning.saved.rhk-added"));
		this.mvc.perform(get("/skp/{id}", id).cookie(kaban))
			.andExpect(content().string(containsString("Layanan kepegawaian tanpa antre")))
			.andExpect(content().string(containsString("Penerima Layanan")))
			.andExpect(content().string(containsString("id=\"submit-skp\"")));
		// Submitted: the owner no longer edits; the Sekda sees approve and return.
		this.mvc.perform(post("/skp/{id}/submit", id).cookie(kaban).with(csrf()))
			.andExpect(flash().attribute("notice", "planning.saved.submitted"));
		this.mvc.perform(get("/skp/{id}", id).cookie(kaban))
			.andExpect(content().string(not(containsString("id=\"submit-skp\""))))
			.andExpect(content().string(not(containsString("id=\"approve-skp\""))));
		Cookie sekda = signIn(SEKDA);
		this.mvc.perform(get("/skp").param("year", String.valueOf(year)).cookie(sekda))
			.andExpect(content().string(containsString("id=\"waiting\"")));
		this.mvc.perform(get("/skp/{id}", id).cookie(sekda))
			.andExpect(content().string(containsString("id=\"approve-skp\"")))
			.andExpect(content().string(containsString("id=\"return-form\"")));
		this.mvc.perform(post("/skp/{id}/return", id).cookie(sekda).with(csrf()).param("note", " "))
			.andExpect(flash().attributeExists("problems"));
		this.mvc
			.perform(post("/skp/{id}/behaviours", id).cookie(sekda)
				.with(csrf())
				.param("expectation-AKUNTABEL", "Laporan tepat waktu setiap bulan"))
			.andExpect(flash().attribute("notice", "planning.saved.behaviours"));
		this.mvc.perform(post("/skp/{id}/approve", id).cookie(sekda).with(csrf()))
			.andExpect(flash().attribute("notice", "planning.saved.approved"));
		this.mvc.perform(get("/skp/{id}", id).cookie(kaban))
			.andExpect(content().string(containsString("Disetujui")))
			.andExpect(content().string(containsString("Laporan tepat waktu setiap bulan")));
		this.mvc.perform(get("/skp/{id}/versions", id).cookie(kaban))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"change-table\"")))
			.andExpect(content().string(containsString("Laporan tepat waktu setiap bulan")));
	}

	@Test
	void tellsTheOwnerWhenTheSupervisorChangesTheirRhk() throws Exception {
		int year = 2038;
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Pengembangan kompetensi", null, "PENGUATAN_INTERNAL");
		long kabidYear = this.chain.startOwn(KABID, year);
		Cookie kabid = signIn(KABID);
		this.chain.addRhk(KABID, kabidYear, "Pelatihan teknis pegawai", kabanRhk, null);
		this.mvc.perform(get("/skp").param("year", String.valueOf(year)).cookie(kabid))
			.andExpect(content().string(not(containsString("review-needed"))));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/rhk/{id}", kabanRhk)
				.header("Authorization", this.chain.token(KABAN)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/skp").param("year", String.valueOf(year)).cookie(kabid))
			.andExpect(content().string(containsString("review-needed")))
			.andExpect(content().string(containsString("Perlu ditinjau")));
		this.mvc.perform(get("/skp/{id}", kabidYear).cookie(kabid))
			.andExpect(content().string(containsString("RHK atasan dihapus")));
	}

	@Test
	void showsTheTeamAndRefusesStrangers() throws Exception {
		int year = 2041;
		long kabid = this.chain.startOwn(KABID, year);
		Cookie kaban = signIn(KABAN);
		this.mvc.perform(get("/skp").param("year", String.valueOf(year)).cookie(kaban))
			.andExpect(content().string(containsString("id=\"team\"")))
			.andExpect(content().string(containsString("/skp/" + kabid)));
		Cookie stranger = signIn(PENGOLAH);
		this.mvc.perform(get("/skp/{id}", kabid).cookie(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skp/{id}/rhk/new", kabid).cookie(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skp/{id}/behaviours", kabid).cookie(signIn(KABID))).andExpect(status().isForbidden());
		String english = this.mvc.perform(get("/skp/{id}", kabid).param("lang", "en").cookie(signIn(KABID)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(english).contains("Work behaviour").contains("Draft");
	}

}

package id.kinerja.evaluation;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rating pages on the demo chain of 2023: the Kepala Subbidang's rating screen with
 * the realisation, evidence, guidance and matrix; the reason required next to its field;
 * the owner's read-only view and self-assessment; escaping, CSRF and the wrong side. Year
 * taken: 2023.
 */
@DemoAgencyTest
class EvaluationPagesIntegrationTests {

	static final int YEAR = 2023;

	static final String FEBRUARY = YEAR + "-02";

	static final String RHK_JSON = """
			{"text": "Analisis capaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Laporan analisis yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"}]}""";

	private static long skpId;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	Cookie kasubbid;

	Cookie analis;

	Cookie pengolah;

	@BeforeEach
	void plan() throws Exception {
		this.chain = new PlanChain(this.mvc);
		RatingYears.holdDemoPostsFrom2021(this.jdbc);
		for (String user : List.of(PlanChain.SEKDA, PlanChain.KABAN, PlanChain.KABID, KASUBBID, ANALIS, PENGOLAH,
				"admin")) {
			this.chain.token(user);
		}
		this.kasubbid = TestSignIn.session(this.mvc, KASUBBID);
		this.analis = TestSignIn.session(this.mvc, ANALIS);
		this.pengolah = TestSignIn.session(this.mvc, PENGOLAH);
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		if (skpId == 0) {
			long kasubbidRhk = this.chain.approvedChainToKasubbid(YEAR);
			skpId = this.chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			String json = this.chain.read(ANALIS, skpId).andReturn().getResponse().getContentAsString();
			Number indicator = JsonPath.read(json, "$.rhk[0].indicators[0].id");
			String written = this.chain
				.send(ANALIS, "/api/v1/skp/{id}/realisations",
						"""
								{"period": "%s", "indicatorId": %d, "value": "1", "note": "<script>alert('x')</script> selesai",
								 "obstacle": "Data terlambat", "cause": "Unit lain", "fix": "Jadwal bersama"}"""
							.formatted(FEBRUARY, indicator.longValue()),
						skpId)
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Number realisation = JsonPath.read(written, "$.id");
			this.chain.send(ANALIS, "/api/v1/realisations/{id}/links", """
					{"url": "https://bukti.contoh.go.id/laporan-februari"}""", realisation.longValue())
				.andExpect(status().isCreated());
			this.chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skpId, FEBRUARY)
				.andExpect(status().isOk());
		}
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void showsTheRatingScreenWithEvidenceGuidanceAndTheMatrix() throws Exception {
		this.mvc.perform(get("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"ratingHasil\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("tidak ada hasil kerja Utama yang di bawah ekspektasi")))
			.andExpect(content().string(containsString("https://bukti.contoh.go.id/laporan-februari")))
			.andExpect(content().string(containsString("Data terlambat")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert('x')"))))
			.andExpect(content().string(containsString("Memahami dan memenuhi kebutuhan masyarakat")))
			.andExpect(content().string(containsString("id=\"matrix\"")));
		this.mvc
			.perform(get("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.kasubbid,
					new Cookie("kinerja-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no Utama result below expectation")));
	}

	@Test
	void requiresTheReasonNextToItsFieldThenShowsThePredikat() throws Exception {
		this.mvc
			.perform(post("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.kasubbid)
				.param("ratingHasil", "DI_ATAS_EKSPEKTASI")
				.param("ratingPerilaku", "SESUAI_EKSPEKTASI"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.kasubbid)
				.with(csrf())
				.param("ratingHasil", "DI_ATAS_EKSPEKTASI")
				.param("ratingPerilaku", "SESUAI_EKSPEKTASI")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("wajib disertai alasan tertulis")));
		this.mvc
			.perform(post("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.kasubbid)
				.with(csrf())
				.param("ratingHasil", "DI_ATAS_EKSPEKTASI")
				.param("ratingPerilaku", "DI_ATAS_EKSPEKTASI")
				.param("reason", "Melampaui <b>target</b>"))
			.andExpect(redirectedUrl("/skp/" + skpId + "/evaluasi/" + FEBRUARY));
		this.mvc.perform(get("/skp/{id}/evaluasi/{p}", skpId, FEBRUARY).cookie(this.analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result-predikat\"")))
			.andExpect(content().string(containsString("Sangat Baik")))
			.andExpect(content().string(containsString("Melampaui &lt;b&gt;target&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("name=\"ratingHasil\""))));
	}

	@Test
	void letsTheOwnerWriteTheSelfAssessmentAndNobodyElseSeeThePage() throws Exception {
		String year = String.valueOf(YEAR);
		this.mvc.perform(get("/skp/{id}/evaluasi/{p}", skpId, year).cookie(this.analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"overall\"")))
			.andExpect(content().string(not(containsString("name=\"ratingHasil\""))));
		this.mvc
			.perform(post("/skp/{id}/evaluasi/{p}/diri", skpId, year).cookie(this.analis)
				.with(csrf())
				.param("overall", "Semua laporan <i>selesai</i>"))
			.andExpect(redirectedUrl("/skp/" + skpId + "/evaluasi/" + year));
		this.mvc.perform(get("/skp/{id}/evaluasi/{p}", skpId, year).cookie(this.kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Semua laporan &lt;i&gt;selesai&lt;/i&gt;")))
			.andExpect(content().string(containsString("id=\"waiting-for\"")));
		this.mvc.perform(get("/skp/{id}/evaluasi/{p}", skpId, year).cookie(this.pengolah))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/skp/{id}/evaluasi/{p}/diri", skpId, year).cookie(this.kasubbid)
				.with(csrf())
				.param("overall", "Bukan milik saya"))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsMyEvaluationsAndMyTeamAndTheYear() throws Exception {
		this.mvc.perform(get("/evaluasi").param("year", String.valueOf(YEAR)).cookie(this.kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"team-list\"")))
			.andExpect(content().string(containsString("data-nip=\"" + ANALIS + "\"")))
			.andExpect(content().string(containsString("id=\"nav-evaluation\"")));
		this.mvc.perform(get("/evaluasi").param("year", String.valueOf(YEAR)).cookie(this.analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-" + skpId + "\"")))
			.andExpect(content().string(not(containsString("id=\"team-list\""))));
		this.mvc.perform(get("/evaluasi/pegawai/{nip}/{y}", ANALIS, YEAR).cookie(this.analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"combination-rule\"")))
			.andExpect(content().string(containsString("data-skp=\"" + skpId + "\"")));
		this.mvc.perform(get("/evaluasi/pegawai/{nip}/{y}", ANALIS, YEAR).cookie(this.pengolah))
			.andExpect(status().isForbidden());
	}

}

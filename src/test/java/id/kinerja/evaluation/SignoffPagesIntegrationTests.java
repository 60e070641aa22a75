package id.kinerja.evaluation;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.planning.PlanChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-off pages with signed-in sessions: the result page with the receipt and the
 * appeal form, the appeal page with both sides and the forms of each party, and the list
 * of appeals. Periods of 2029 of the pengolah's plan (the document tests use the
 * analyst's).
 */
@DemoAgencyTest
class SignoffPagesIntegrationTests {

	static final int YEAR = 2029;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	SignoffFixture.Plans plans;

	@BeforeEach
	void setUp() throws Exception {
		this.plans = SignoffFixture.plans(new PlanChain(this.mvc), YEAR);
		TestClock.pin(LocalDate.of(YEAR + 1, 1, 12));
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	Evaluation finalised(String period) {
		return SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.pengolah(), period,
				Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, EvaluationStatus.FINALISED);
	}

	Cookie session(String nip) throws Exception {
		return TestSignIn.session(this.mvc, nip);
	}

	@Test
	void letsTheOwnerReceiveTheEvaluationAndThenOffersTheAppeal() throws Exception {
		long id = finalised("2029-05").getId();
		Cookie pengolah = session(PENGOLAH);
		this.mvc.perform(get("/evaluasi/{id}/hasil", id).cookie(pengolah))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"receive-button\"")))
			.andExpect(content().string(containsString("Butuh Perbaikan")))
			.andExpect(content().string(containsString("/skp/" + this.plans.pengolah() + "/evaluasi/2029-05")))
			.andExpect(content().string(not(containsString("id=\"appeal-form\""))));
		this.mvc.perform(post("/evaluasi/{id}/terima", id).cookie(pengolah).with(csrf()))
			.andExpect(redirectedUrl("/evaluasi/" + id + "/hasil"))
			.andExpect(flash().attribute("notice", "evaluation.receipt.done"));
		this.mvc.perform(get("/evaluasi/{id}/hasil", id).cookie(pengolah))
			.andExpect(content().string(containsString("id=\"appeal-form\"")))
			.andExpect(content().string(containsString("Keberatan dapat diajukan sampai akhir hari 26-01-2030")))
			.andExpect(content().string(not(containsString("id=\"receive-button\""))));
	}

	@Test
	void showsNoReceiptToOthersAndRefusesTheirs() throws Exception {
		long id = finalised("2029-06").getId();
		Cookie kasubbid = session(KASUBBID);
		this.mvc.perform(get("/evaluasi/{id}/hasil", id).cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"receive-button\""))));
		this.mvc.perform(post("/evaluasi/{id}/terima", id).cookie(kasubbid).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluasi/{id}/hasil", id).cookie(session(ANALIS))).andExpect(status().isForbidden());
		assertThat(this.evaluations.findById(id).orElseThrow().getStatus()).isEqualTo(EvaluationStatus.FINALISED);
	}

	@Test
	void walksAnAppealThroughItsPages() throws Exception {
		long id = finalised("2029-07").getId();
		Cookie pengolah = session(PENGOLAH);
		this.mvc.perform(post("/evaluasi/{id}/terima", id).cookie(pengolah).with(csrf()));
		this.mvc.perform(post("/evaluasi/{id}/keberatan", id).cookie(pengolah).with(csrf()).param("reasons", " "))
			.andExpect(redirectedUrl("/evaluasi/" + id + "/hasil"))
			.andExpect(flash().attributeExists("problems"));
		MvcResult filed = this.mvc
			.perform(post("/evaluasi/{id}/keberatan", id).cookie(pengolah)
				.with(csrf())
				.param("reasons", "Target kualitas tercapai <b>penuh</b>."))
			.andExpect(redirectedUrlPattern("/keberatan/*"))
			.andReturn();
		String page = filed.getResponse().getRedirectedUrl();

		Cookie kabid = session(KABID);
		this.mvc.perform(get("/keberatan").cookie(kabid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		this.mvc.perform(get(page).cookie(kabid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-form\"")))
			.andExpect(content().string(containsString("id=\"request-form\"")))
			.andExpect(content().string(containsString("Target kualitas tercapai &lt;b&gt;penuh&lt;/b&gt;.")))
			.andExpect(content().string(containsString("Laporan lengkap dan tepat waktu.")));
		this.mvc.perform(get(page).cookie(session(PENGOLAH)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"decision-form\""))));
		this.mvc.perform(get(page).cookie(session(ANALIS))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(page + "/putusan").cookie(session(KASUBBID))
				.with(csrf())
				.param("decision", "KEEP")
				.param("reason", "Penilai memutus sendiri."))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post(page + "/permintaan").cookie(kabid)
				.with(csrf())
				.param("addressedTo", "APPRAISER")
				.param("body", "Apa dasar rating hasil kerja?"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", "evaluation.appeal.asked"));
		Cookie kasubbid = session(KASUBBID);
		this.mvc.perform(get(page).cookie(kasubbid))
			.andExpect(content().string(containsString("id=\"answer-form\"")))
			.andExpect(content().string(containsString("Apa dasar rating hasil kerja?")));
		this.mvc.perform(post(page + "/jawaban").cookie(kasubbid).with(csrf()).param("body", "Capaian 80%."))
			.andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/putusan").cookie(kabid)
				.with(csrf())
				.param("decision", "CHANGE")
				.param("ratingHasil", "")
				.param("ratingPerilaku", "")
				.param("reason", "Tanpa rating."))
			.andExpect(flash().attributeExists("problems"));
		this.mvc
			.perform(post(page + "/putusan").cookie(kabid)
				.with(csrf())
				.param("decision", "CHANGE")
				.param("ratingHasil", "SESUAI_EKSPEKTASI")
				.param("ratingPerilaku", "SESUAI_EKSPEKTASI")
				.param("reason", "Capaian sesuai target."))
			.andExpect(flash().attribute("notice", "evaluation.appeal.decided-notice"));
		this.mvc.perform(get(page).cookie(pengolah))
			.andExpect(content().string(containsString("id=\"appeal-outcome\"")))
			.andExpect(content().string(containsString("Predikat diubah dari Butuh Perbaikan menjadi Baik.")))
			.andExpect(content().string(containsString("Capaian 80%.")));
		this.mvc.perform(get("/evaluasi/{id}/hasil", id).cookie(pengolah))
			.andExpect(content().string(containsString("id=\"appeal-link\"")))
			.andExpect(content().string(not(containsString("id=\"appeal-form\""))));
	}

	@Test
	void servesTheDocumentInTheLanguageOfTheLink() throws Exception {
		long id = finalised("2029-08").getId();
		Cookie pengolah = session(PENGOLAH);
		MvcResult english = this.mvc.perform(get("/evaluasi/{id}/dokumen.pdf", id).param("lang", "en").cookie(pengolah))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		assertThat(EvaluationDocumentIntegrationTests.text(english.getResponse().getContentAsByteArray()))
			.contains("EMPLOYEE PERFORMANCE EVALUATION");
		MvcResult indonesian = this.mvc
			.perform(get("/evaluasi/{id}/dokumen.pdf", id).param("lang", "id").cookie(pengolah))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(EvaluationDocumentIntegrationTests.text(indonesian.getResponse().getContentAsByteArray()))
			.contains("DOKUMEN EVALUASI KINERJA PEGAWAI");
		this.mvc.perform(get("/evaluasi/{id}/dokumen.pdf", id).cookie(session(ANALIS)))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsTheAppealsOfEachSide() throws Exception {
		this.mvc.perform(get("/keberatan").cookie(session(ANALIS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keberatan saya")))
			.andExpect(content().string(containsString("Menunggu keputusan saya")));
	}

}

package id.kinerja.evaluation;

import java.io.IOException;
import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.planning.PlanChain;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Renders the Dokumen Evaluasi Kinerja Pegawai of evaluations of the demo chain's plans
 * of 2029 and reads the text back with PDFBox, in Indonesian and in English.
 */
@DemoAgencyTest
class EvaluationDocumentIntegrationTests {

	static final int YEAR = 2029;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	OrganisationResultRepository organisationResults;

	@Autowired
	EmployeeRepository employees;

	PlanChain chain;

	SignoffFixture.Plans plans;

	@BeforeEach
	void setUp() throws Exception {
		this.chain = new PlanChain(this.mvc);
		this.plans = SignoffFixture.plans(this.chain, YEAR);
		TestClock.pin(LocalDate.of(YEAR + 1, 1, 12));
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	String name(String nip) {
		return this.employees.findById(SignoffFixture.employeeId(this.jdbc, nip)).orElseThrow().getFullName();
	}

	byte[] pdf(String as, long skpId, String period, String language) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/skp/{id}/evaluations/{p}/document.pdf", skpId, period)
				.header("Authorization", this.chain.token(as))
				.header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("Evaluasi-" + period)))
			.andReturn();
		return result.getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/**
	 * An annual evaluation of the analyst, Di Bawah Ekspektasi on behaviour, received,
	 * appealed and changed by the Kepala Bidang; the unit's organisation result is Baik.
	 */
	void decidedAnnual() throws Exception {
		if (this.evaluations.findBySkpIdAndPeriodCode(this.plans.analis(), String.valueOf(YEAR)).isPresent()) {
			return;
		}
		Evaluation evaluation = SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.analis(),
				String.valueOf(YEAR), Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, EvaluationStatus.FINALISED);
		assertThat(evaluation.getUnitId()).isNotNull();
		if (this.organisationResults.findByUnitIdAndResultYear(evaluation.getUnitId(), YEAR).isEmpty()) {
			this.organisationResults.save(OrganisationResult.of(evaluation.getAgencyId(), evaluation.getUnitId(), YEAR,
					OrganisationPredikat.ISTIMEWA, null, null));
		}
		String path = "/api/v1/skp/{id}/evaluations/{p}/";
		this.chain.send(ANALIS, path + "acknowledge", "{}", this.plans.analis(), YEAR).andExpect(status().isOk());
		long appealId = PlanChain.id(
				this.chain
					.send(ANALIS, path + "appeal", "{\"reasons\":\"Kehadiran rapat tercatat lengkap.\"}",
							this.plans.analis(), YEAR)
					.andExpect(status().isCreated()));
		this.chain
			.send(KABID, "/api/v1/appeals/{id}/decision",
					"{\"decision\":\"CHANGE\",\"reason\":\"Daftar hadir membuktikan kehadiran.\","
							+ "\"ratingHasil\":\"SESUAI_EKSPEKTASI\",\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\"}",
					appealId)
			.andExpect(status().isOk());
	}

	@Test
	void printsTheAnnualDocumentInIndonesianWithPeopleRatingsPredikatAndSignOff() throws Exception {
		decidedAnnual();
		String text = text(pdf(ANALIS, this.plans.analis(), String.valueOf(YEAR), "id"));
		assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "Periode penilaian: tahunan 2029");
		assertThat(text).contains(name(ANALIS), name(KASUBBID), name(KABID));
		assertThat(text).contains("NIP " + ANALIS, "NIP " + KASUBBID, "NIP " + KABID);
		assertThat(text).contains("Pegawai yang dinilai,", "Pejabat penilai kinerja,",
				"Atasan pejabat penilai kinerja,");
		assertThat(text).contains("Analisis capaian kinerja pegawai", "Laporan analisis yang selesai",
				"Laporan lengkap dan tepat waktu.", "Akuntabel", "Bertanggung jawab atas setiap laporan.");
		assertThat(text).contains("Rating hasil kerja Sesuai Ekspektasi", "Rating perilaku kerja Sesuai Ekspektasi");
		assertThat(text).contains("PREDIKAT KINERJA PEGAWAI Baik");
		assertThat(text).contains("PREDIKAT KINERJA ORGANISASI (UNIT KERJA) Istimewa");
		assertThat(text).contains("Predikat diubah dari Kurang/Misconduct menjadi Baik.",
				"Alasan: Daftar hadir membuktikan kehadiran.");
		assertThat(text).contains("Catatan penilai: kerja rapi.", "Ikut pelatihan analisis data.");
		assertThat(text).doesNotContain("DRAF");
	}

	@Test
	void printsTheSameDocumentInEnglish() throws Exception {
		String period = String.valueOf(YEAR);
		decidedAnnual();
		String text = text(pdf(KASUBBID, this.plans.analis(), period, "en"));
		assertThat(text).contains("EMPLOYEE PERFORMANCE EVALUATION", "Evaluation period: annual 2029");
		assertThat(text).contains(name(ANALIS), name(KASUBBID), name(KABID), "NIP " + ANALIS);
		assertThat(text).contains("Employee evaluated,", "Appraiser (pejabat penilai kinerja),",
				"Appraiser's superior (atasan pejabat penilai),");
		assertThat(text).contains("As expected (Sesuai Ekspektasi)", "Baik (good)");
		assertThat(text).contains("The predikat was changed from Kurang/Misconduct (poor) to Baik (good).");
		assertThat(text).doesNotContain("Pegawai yang dinilai,");
	}

	@Test
	void marksAnEvaluationNotFinalAsDraft() throws Exception {
		SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.pengolah(), "2029-03",
				Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, EvaluationStatus.RATED);
		String text = text(pdf(PENGOLAH, this.plans.pengolah(), "2029-03", "id"));
		assertThat(text).contains("DRAF", "Periode penilaian: 2029-03", "Sangat Baik", name(PENGOLAH));
		assertThat(text).doesNotContain("PREDIKAT KINERJA ORGANISASI");
	}

	@Test
	void refusesTheDocumentToOthersAndForUnknownPeriods() throws Exception {
		SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.pengolah(), "2029-04",
				Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, EvaluationStatus.FINALISED);
		this.chain.get(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/document.pdf", this.plans.pengolah(), "2029-04")
			.andExpect(status().isForbidden());
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/evaluations/{p}/document.pdf", this.plans.pengolah(), "2029-11")
			.andExpect(status().isNotFound());
		this.chain.get(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/document.pdf", this.plans.pengolah(), "2029-04")
			.andExpect(status().isOk());
	}

}

package id.kinerja.planning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static id.kinerja.planning.PlanChain.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Renders whole plans of the demo chain as PDF documents and reads their text back with
 * PDFBox, as a reader of the printed SKP would.
 */
@DemoAgencyTest
class SkpDocumentIntegrationTests {

	/**
	 * Curly apostrophe and letters outside WinAnsi: only an embedded font prints them.
	 */
	static final String ANALIS_NAME = "Nur\u2019aini \u1e24al\u012bmah";

	static final String KASUBBID_NAME = "Siti Nur'aini";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	PlanChain chain;

	List<String[]> renamed = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.chain = new PlanChain(this.mvc);
	}

	@AfterEach
	void restoreNames() {
		for (String[] nipAndName : this.renamed) {
			this.jdbc.sql("UPDATE employee SET name = :name WHERE nip = :nip")
				.param("name", nipAndName[1])
				.param("nip", nipAndName[0])
				.update();
		}
	}

	/** Give a demo employee another name for one test. */
	void rename(String nip, String name) {
		String old = this.jdbc.sql("SELECT name FROM employee WHERE nip = :nip")
			.param("nip", nip)
			.query(String.class)
			.single();
		this.renamed.add(new String[] { nip, old });
		this.jdbc.sql("UPDATE employee SET name = :name WHERE nip = :nip")
			.param("name", name)
			.param("nip", nip)
			.update();
	}

	/**
	 * Plan the chain down to the analyst and approve every plan; return the analyst's.
	 */
	long approvedAnalystPlan(int year) throws Exception {
		long sekda = this.chain.startOwn(SEKDA, year);
		long sekdaRhk = this.chain.addRhk(SEKDA, sekda, "Tata kelola akuntabel", null, "PROSES_BISNIS");
		this.chain.submitAndApprove(SEKDA, "admin", sekda);
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Manajemen kinerja ASN", sekdaRhk, "PENERIMA_LAYANAN");
		this.chain.submitAndApprove(KABAN, SEKDA, kaban);
		long kabid = this.chain.startOwn(KABID, year);
		long kabidRhk = this.chain.addRhk(KABID, kabid, "Penilaian tepat waktu", kabanRhk, null);
		this.chain.submitAndApprove(KABID, KABAN, kabid);
		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long kasubbidRhk = this.chain.addRhk(KASUBBID, kasubbid, "Rekap kinerja bulanan", kabidRhk, null);
		this.chain.submitAndApprove(KASUBBID, KABID, kasubbid);

		long analis = this.chain.startOwn(ANALIS, year);
		this.chain.addRhk(ANALIS, analis, "Analisis capaian", kasubbidRhk, null);
		this.chain
			.addRhk(ANALIS, analis,
					"""
							{"text": "Narasumber bimtek", "kind": "TAMBAHAN", "supervisorRhkId": %d,
							 "indicators": [{"text": "Bimtek yang diisi", "aspect": "KUANTITAS", "target": "2", "unit": "kegiatan"},
							                {"text": "Materi tepat waktu", "aspect": "WAKTU", "target": "12", "unit": "bulan"}]}"""
						.formatted(kasubbidRhk))
			.andExpect(status().isCreated());
		this.chain.put(ANALIS, "/api/v1/skp/{id}", """
				{"approach": "KUANTITATIF", "resourceSupport": "Aplikasi e-Kinerja dan data kepegawaian",
				 "accountabilityScheme": "Laporan bulanan kepada atasan langsung",
				 "consequences": "Tunjangan kinerja mengikuti capaian"}""", analis).andExpect(status().isOk());
		this.chain.put(KASUBBID, "/api/v1/skp/{id}/behaviours/KOLABORATIF", """
				{"expectation": "Aktif berbagi data dengan tim"}""", analis).andExpect(status().isOk());
		this.chain.submitAndApprove(ANALIS, KASUBBID, analis);
		return analis;
	}

	MvcResult document(String as, long skpId, String language) throws Exception {
		return this.mvc
			.perform(get("/api/v1/skp/{id}/document.pdf", skpId).header("Authorization", this.chain.token(as))
				.header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).toList();
	}

	@Test
	void printsAnApprovedPlanWithEverySectionAndEveryNameIntact() throws Exception {
		rename(ANALIS, ANALIS_NAME);
		rename(KASUBBID, KASUBBID_NAME);
		int year = 2070;
		long analis = approvedAnalystPlan(year);

		MvcResult result = document(ANALIS, analis, "id");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"SKP-" + year + "-" + ANALIS + ".pdf\"");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		String text = text(pdf);
		List<String> lines = lines(text);

		// The footer of every page names the plan (the year unformatted).
		assertThat(text).contains("SKP " + year + " \u00b7 " + ANALIS_NAME);
		assertThat(text).contains("SASARAN KINERJA PEGAWAI", "PEMERINTAH KOTA CONTOH",
				"Periode Penilaian: 1 Januari " + year + " s.d. 31 Desember " + year, "PEGAWAI YANG DINILAI",
				"PEJABAT PENILAI KINERJA");
		// The header row holds both people side by side: name, then NIP.
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(ANALIS_NAME).contains(KASUBBID_NAME));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(ANALIS).contains(KASUBBID));
		assertThat(text).contains("Pangkat/Gol.", "Jabatan", "Unit Kerja");

		// Each RHK beside the supervisor's RHK it supports; Utama before Tambahan.
		assertThat(text).contains("HASIL KERJA", "RHK Pimpinan yang", "Diintervensi", "Rencana Hasil Kerja",
				"Indikator Kinerja Individu", "Aspek", "Target");
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).contains("Rekap kinerja bulanan").contains("Analisis capaian"));
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).contains("Rekap kinerja bulanan").contains("Narasumber bimtek"));
		assertThat(text.indexOf("A. Utama")).isPositive()
			.isLessThan(text.indexOf("Analisis capaian"))
			.isLessThan(text.indexOf("B. Tambahan"));
		assertThat(text.indexOf("B. Tambahan")).isLessThan(text.indexOf("Narasumber bimtek"));
		assertThat(text).contains("12 dokumen", "2 kegiatan", "12 bulan", "Kuantitas", "Waktu");

		// The seven values with their guides, and the supervisor's expectation.
		assertThat(text).contains("PERILAKU KERJA", "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis",
				"Loyal", "Adaptif", "Kolaboratif", "Ekspektasi Khusus Pimpinan", "Bertindak proaktif");
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).contains("Kolaboratif").contains("Aktif berbagi data dengan tim"));

		// The attachments on a page of their own.
		assertThat(text).contains("LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA",
				"Aplikasi e-Kinerja dan data kepegawaian", "SKEMA PERTANGGUNGJAWABAN",
				"Laporan bulanan kepada atasan langsung", "KONSEKUENSI", "Tunjangan kinerja mengikuti capaian");

		// Signed as approved, with the day of approval; no draft marking.
		assertThat(text).contains("Pegawai yang Dinilai", "Pejabat Penilai Kinerja", "NIP " + ANALIS, "NIP " + KASUBBID,
				"Disetujui pada ", "Kota Contoh, ");
		assertThat(text).doesNotContain("DRAF", "....");
		assertThat(text).containsPattern("Kota Contoh, \\d{1,2} [A-Z][a-z]+ 20\\d\\d");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("DejaVu");
				}
			}
		}
	}

	@Test
	void marksAPlanThatIsNotApprovedAsADraft() throws Exception {
		int year = 2071;
		long kaban = this.chain.startOwn(KABAN, year);
		this.chain.addRhk(KABAN, kaban, "Manajemen talenta ASN", null, "PROSES_BISNIS");
		long kabid = this.chain.startOwn(KABID, year);
		this.chain.addRhk(KABID, kabid, "Penilaian tepat waktu", null, null);

		String draft = text(document(KABID, kabid, "id").getResponse().getContentAsByteArray());
		assertThat(draft).contains("DRAF", "SKP ini belum disetujui (status: Draf)", "Kota Contoh, ....");
		assertThat(draft).doesNotContain("Disetujui pada");
		// An RHK that supports nothing yet shows an empty cell, not an error.
		assertThat(draft).contains("Penilaian tepat waktu", "Tidak ada.");
		// A JPT plan may take the qualitative approach, which has no aspects: the column
		// goes.
		assertThat(draft).contains("Aspek");
		this.chain.put(KABAN, "/api/v1/skp/{id}", """
				{"approach": "KUALITATIF"}""", kaban).andExpect(status().isOk());
		this.chain.action(KABAN, kaban, "submit", "{}").andExpect(status().isOk());
		// A JPT plan groups its RHKs by perspective, under the organisation-goal column.
		String submitted = text(document(KABAN, kaban, "id").getResponse().getContentAsByteArray());
		assertThat(submitted)
			.contains("DRAF", "(status: Diajukan)", "Sasaran Organisasi", "Perspektif: Proses Bisnis",
					"Manajemen talenta ASN")
			.doesNotContain("Aspek");
	}

	@Test
	void namesTheRegionalHeadAsAppraiserWithoutANip() throws Exception {
		String admin = this.chain.token("admin");
		Number version = JsonPath.read(this.mvc.perform(get("/api/v1/agency").header("Authorization", admin))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version");
		this.chain
			.put("admin", "/api/v1/agency/head",
					"""
							{"headTitle": "Wali Kota Contoh", "headName": "Hj. Ratna D'Souza", "version": %d}"""
						.formatted(version.longValue()))
			.andExpect(status().isOk());
		long sekda = this.chain.startOwn(SEKDA, 2074);
		this.chain.addRhk(SEKDA, sekda, "Tata kelola akuntabel", null, "PROSES_BISNIS");
		String text = text(document(SEKDA, sekda, "id").getResponse().getContentAsByteArray());
		List<String> lines = lines(text);
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("Nama").contains("Hj. Ratna D'Souza"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("NIP " + SEKDA).contains("Wali Kota Contoh"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("Jabatan").contains("Wali Kota Contoh"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(SEKDA).contains("\u2014"));
		assertThat(text).contains("Perspektif: Proses Bisnis", "Sasaran Organisasi");
	}

	@Test
	void speaksEnglishWhenAskedAndKeepsTheOfficialTerms() throws Exception {
		int year = 2072;
		long kaban = this.chain.startOwn(KABAN, year);
		this.chain.addRhk(KABAN, kaban, "Layanan kepegawaian digital", null, "PENERIMA_LAYANAN");

		String english = text(document(KABAN, kaban, "en").getResponse().getContentAsByteArray());
		assertThat(english).contains("SASARAN KINERJA PEGAWAI", "Period: 1 January " + year + " to 31 December " + year,
				"EMPLOYEE APPRAISED", "APPRAISER (PEJABAT PENILAI KINERJA)", "WORK RESULTS (HASIL KERJA)",
				"Planned result (RHK)", "Indicator (IKI)", "A. Utama (main)", "B. Tambahan (additional)",
				"WORK BEHAVIOUR (PERILAKU KERJA)", "Berorientasi Pelayanan", "RESOURCE SUPPORT", "DRAFT",
				"this SKP has not been approved (status: Draft)", "Employee appraised");
		assertThat(english).doesNotContain("Rencana Hasil Kerja", "Periode Penilaian", "Januari");

		// The page link follows the language chosen on the pages.
		Cookie session = signIn(KABAN);
		this.mvc.perform(get("/skp/{id}", kaban).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"skp-document\"")))
			.andExpect(content().string(containsString("/skp/" + kaban + "/document.pdf")));
		MvcResult page = this.mvc.perform(get("/skp/{id}/document.pdf", kaban).param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"SKP-" + year + "-" + KABAN + ".pdf\""))
			.andReturn();
		assertThat(text(page.getResponse().getContentAsByteArray())).contains("WORK RESULTS (HASIL KERJA)");
		MvcResult indonesian = this.mvc
			.perform(get("/skp/{id}/document.pdf", kaban).param("lang", "id").cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(indonesian.getResponse().getContentAsByteArray())).contains("HASIL KERJA")
			.doesNotContain("WORK RESULTS");
	}

	@Test
	void refusesTheDocumentToThoseWhoMayNotReadThePlan() throws Exception {
		int year = 2073;
		long analis = this.chain.startOwn(ANALIS, year);
		// A colleague under the same supervisor: 403, on the API and the page.
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/document.pdf", analis)
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/skp/{id}/document.pdf", analis).cookie(signIn(PENGOLAH)))
			.andExpect(status().isForbidden());
		// The supervisor reads it.
		this.chain.get(KASUBBID, "/api/v1/skp/{id}/document.pdf", analis).andExpect(status().isOk());
		// Another agency's admin and an unknown id: 404.
		Agency other = this.agencies
			.save(Agency.create("KAB-DOKUMEN", "Pemerintah Kabupaten Dokumen", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-dokumen", "Admin Kabupaten Dokumen", "rahasia-dokumen-1",
				false, EnumSet.of(Role.ADMIN_BKPSDM), null);
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-dokumen", "rahasia-dokumen-1");
		this.mvc.perform(get("/api/v1/skp/{id}/document.pdf", analis).header("Authorization", otherAdmin))
			.andExpect(status().isNotFound());
		this.chain.get(ANALIS, "/api/v1/skp/{id}/document.pdf", Long.MAX_VALUE).andExpect(status().isNotFound());
		// Without a sign-in: 401.
		this.mvc.perform(get("/api/v1/skp/{id}/document.pdf", analis)).andExpect(status().isUnauthorized());
	}

	Cookie signIn(String username) throws Exception {
		return id.kinerja.TestSignIn.session(this.mvc, username);
	}

}

package id.kinerja.planning;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class SkpApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanChain chain;

	@BeforeEach
	void signIn() {
		this.chain = new PlanChain(this.mvc);
	}

	@Test
	void planTheWholeChainFromTheRegionalSecretaryToTheStaff() throws Exception {
		int year = 2031;
		long sekda = this.chain.startOwn(SEKDA, year);
		this.chain.read(SEKDA, sekda)
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.format").value("JPT"))
			.andExpect(jsonPath("$.appraiserRegionalHead").value(true))
			.andExpect(jsonPath("$.behaviours", hasSize(7)));
		long sekdaRhk = this.chain.addRhk(SEKDA, sekda, "Tata kelola pemerintahan yang akuntabel", null,
				"PROSES_BISNIS");
		// The regional head rates the Sekda: Admin BKPSDM records the decision.
		this.chain.submitAndApprove(SEKDA, "admin", sekda);

		long kaban = this.chain.startOwn(KABAN, year);
		this.chain.read(KABAN, kaban).andExpect(jsonPath("$.appraiser.nip").value(SEKDA));
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Manajemen kinerja ASN yang objektif", sekdaRhk,
				"PENERIMA_LAYANAN");

		// The Kepala Bidang writes against the head's draft without waiting ...
		long kabid = this.chain.startOwn(KABID, year);
		this.chain.get(KABID, "/api/v1/skp/{id}/supervisor-rhk", kabid)
			.andExpect(jsonPath("$[0].id").value(kabanRhk))
			.andExpect(jsonPath("$[0].skpStatus").value("DRAFT"));
		long kabidRhk = this.chain.addRhk(KABID, kabid, "Penilaian kinerja pegawai tepat waktu", kabanRhk, null);
		this.chain.read(KABID, kabid)
			.andExpect(jsonPath("$.rhk[0].supervisorRhkText").value("Manajemen kinerja ASN yang objektif"))
			.andExpect(jsonPath("$.hints[*].code", hasItem("planning.hint.supervisor-not-approved")));
		// ... but submits only once it is approved.
		this.chain.action(KABID, kabid, "submit", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rhk[1]"));
		this.chain.submitAndApprove(KABAN, SEKDA, kaban);
		this.chain.submitAndApprove(KABID, KABAN, kabid);

		long kasubbid = this.chain.startOwn(KASUBBID, year);
		long kasubbidRhk = this.chain.addRhk(KASUBBID, kasubbid, "Rekapitulasi penilaian kinerja bulanan", kabidRhk,
				null);
		this.chain.submitAndApprove(KASUBBID, KABID, kasubbid);
		long analis = this.chain.startOwn(ANALIS, year);
		this.chain.addRhk(ANALIS, analis, "Analisis capaian kinerja pegawai", kasubbidRhk, null);
		this.chain.action(ANALIS, analis, "submit", "{}").andExpect(jsonPath("$.status").value("SUBMITTED"));
		this.chain.get(KASUBBID, "/api/v1/skp/waiting").andExpect(jsonPath("$[*].id", hasItem((int) analis)));
		this.chain.action(KASUBBID, analis, "approve", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.appraiser.nip").value(KASUBBID))
			.andExpect(jsonPath("$.upperAppraiser.nip").value(KABID));
		this.chain.get(ANALIS, "/api/v1/skp?nip={nip}&year={year}", ANALIS, year)
			.andExpect(jsonPath("$[0].id").value(analis))
			.andExpect(jsonPath("$[0].rhk[0].indicators[0].target").value("12"));
		// Every change left its trace in the audit trail.
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Skp' AND entity_id = :id")
			.param("id", String.valueOf(analis))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void answersTheContractShapeOfAnRhk() throws Exception {
		long skp = this.chain.startOwn(KABAN, 2032);
		this.chain.addRhk(KABAN, skp, """
				{"text": "Layanan kepegawaian digital", "kind": "TAMBAHAN", "supervisorRhkId": null,
				 "perspective": "PENERIMA_LAYANAN",
				 "indicators": [{"text": "Layanan daring", "aspect": "KUANTITAS", "target": 8, "unit": "layanan"},
				                {"text": "Kepuasan", "aspect": "KUALITAS", "target": "85,5", "unit": "%"}]}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.kind").value("TAMBAHAN"))
			.andExpect(jsonPath("$.perspective").value("PENERIMA_LAYANAN"))
			.andExpect(jsonPath("$.indicators[0].id").isNumber())
			.andExpect(jsonPath("$.indicators[0].target").value("8"))
			.andExpect(jsonPath("$.indicators[1].unit").value("%"));
		this.chain.read(KABAN, skp)
			.andExpect(jsonPath("$.nip").value(KABAN))
			.andExpect(jsonPath("$.year").value(2032))
			.andExpect(jsonPath("$.rhk[0].supervisorRhkId").doesNotExist())
			.andExpect(jsonPath("$.hints[*].code", hasItem("planning.hint.no-utama")));
	}

	@Test
	void refusesBadRhksNamingEachField() throws Exception {
		int year = 2033;
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Manajemen talenta", null, "PROSES_BISNIS");
		this.chain.addRhk(KABAN, kaban, """
				{"text": "Tanpa perspektif", "kind": "UTAMA",
				 "indicators": [{"text": "x", "aspect": "WAKTU", "target": "12", "unit": "bulan"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("perspective")));
		long kabid = this.chain.startOwn(KABID, year);
		this.chain.addRhk(KABID, kabid, """
				{"text": " ", "kind": null, "supervisorRhkId": %d,
				 "indicators": [{"text": "Dokumen", "aspect": "KUANTITAS", "target": "dua", "unit": ""},
				                {"text": "", "aspect": null, "target": "", "unit": "dok"}]}""".formatted(kabanRhk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").doesNotExist())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("text", "kind", "indicators[0].target", "indicators[0].unit", "indicators[1].text",
							"indicators[1].target", "indicators[1].aspect")))
			.andExpect(jsonPath("$.errors[?(@.field == 'indicators[0].target')].message",
					hasItem(containsString("angka"))));
		this.chain
			.addRhk(KABID, kabid,
					"""
							{"text": "Tanpa indikator", "kind": "UTAMA", "supervisorRhkId": %d, "indicators": []}"""
						.formatted(kabanRhk))
			.andExpect(jsonPath("$.errors[*].field", hasItem("indicators")));
		// The analyst's direct supervisor is the Kepala Subbidang, not the Kepala BKPSDM.
		long analis = this.chain.startOwn(ANALIS, year);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/skp/{id}/rhk", analis)
				.header("Authorization", this.chain.token(ANALIS))
				.header("Accept-Language", "en")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"text": "Lompat atasan", "kind": "UTAMA", "supervisorRhkId": %d,
						 "indicators": [{"text": "x", "aspect": "KUANTITAS", "target": "1", "unit": "dokumen"}]}"""
					.formatted(kabanRhk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisorRhkId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("direct supervisor")));
		// A value outside the choices is named too.
		this.chain
			.addRhk(KABID, kabid,
					"""
							{"text": "Jenis salah", "kind": "PENTING", "supervisorRhkId": %d,
							 "indicators": [{"text": "x", "aspect": "KUANTITAS", "target": "1", "unit": "dok"}]}"""
						.formatted(kabanRhk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.chain
			.addRhk(KABID, kabid,
					"""
							{"text": "Aspek salah", "kind": "UTAMA", "supervisorRhkId": %d,
							 "indicators": [{"text": "x", "aspect": "MUTU", "target": "1", "unit": "dok"}]}"""
						.formatted(kabanRhk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicators[0].aspect"));
		// Nothing half-written.
		this.chain.read(KABID, kabid).andExpect(jsonPath("$.rhk").isEmpty());
		this.chain.read(ANALIS, analis).andExpect(jsonPath("$.rhk").isEmpty());
	}

	@Test
	void refusesSubmittingWithoutAnUtamaRhkAndApprovingOnesOwn() throws Exception {
		int year = 2034;
		long kaban = this.chain.startOwn(KABAN, year);
		this.chain.action(KABAN, kaban, "submit", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("belum memiliki RHK"))));
		this.chain.addRhk(KABAN, kaban, """
				{"text": "Tambahan saja", "kind": "TAMBAHAN", "perspective": "ANGGARAN",
				 "indicators": [{"text": "x", "aspect": "BIAYA", "target": "100", "unit": "%"}]}""")
			.andExpect(status().isCreated());
		this.chain.action(KABAN, kaban, "submit", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("RHK Utama"))));
		this.chain.addRhk(KABAN, kaban, "Utama", null, "ANGGARAN");
		this.chain.action(KABAN, kaban, "submit", "{}").andExpect(status().isOk());
		this.chain.action(KABAN, kaban, "approve", "{}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("sendiri")));
		// Nor may someone who is not the pejabat penilai.
		this.chain.action(KABID, kaban, "approve", "{}").andExpect(status().isForbidden());
		this.chain.action(SEKDA, kaban, "return", "{\"note\": \" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.chain.action(SEKDA, kaban, "approve", "{}").andExpect(jsonPath("$.status").value("APPROVED"));
		// Approved means locked.
		this.chain.addRhk(KABAN, kaban, """
				{"text": "Terlambat", "kind": "UTAMA", "perspective": "ANGGARAN",
				 "indicators": [{"text": "x", "aspect": "BIAYA", "target": "1", "unit": "%"}]}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("APPROVED")));
	}

	@Test
	void keepsEverySubmittedAndApprovedStateAndShowsWhatChanged() throws Exception {
		int year = 2035;
		long kaban = this.chain.startOwn(KABAN, year);
		long rhk = this.chain.addRhk(KABAN, kaban, "Digitalisasi arsip", null, "PROSES_BISNIS");
		this.chain.action(KABAN, kaban, "submit", "{}").andExpect(status().isOk());
		this.chain.action(SEKDA, kaban, "return", "{\"note\": \"Targetkan seluruh arsip\"}")
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnNote").value("Targetkan seluruh arsip"));
		String view = this.chain.read(KABAN, kaban).andReturn().getResponse().getContentAsString();
		Number rhkVersion = JsonPath.read(view, "$.rhk[0].version");
		Number indicatorId = JsonPath.read(view, "$.rhk[0].indicators[0].id");
		this.chain
			.put(KABAN, "/api/v1/rhk/{id}",
					"""
							{"text": "Digitalisasi seluruh arsip", "kind": "UTAMA", "perspective": "PROSES_BISNIS", "version": %d,
							 "indicators": [{"id": %d, "text": "Arsip terdigitalisasi", "aspect": "KUANTITAS", "target": "100",
							                 "unit": "%%"}]}"""
						.formatted(rhkVersion.longValue(), indicatorId.longValue()),
					rhk)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].id").value(indicatorId.longValue()));
		// A second tab still holding the old version is refused.
		this.chain
			.put(KABAN, "/api/v1/rhk/{id}",
					"""
							{"text": "Tab lama", "kind": "UTAMA", "perspective": "PROSES_BISNIS", "version": %d,
							 "indicators": [{"text": "x", "aspect": "KUANTITAS", "target": "1", "unit": "dok"}]}"""
						.formatted(rhkVersion.longValue()),
					rhk)
			.andExpect(status().isConflict());
		this.chain.submitAndApprove(KABAN, SEKDA, kaban);
		this.chain.get(KABAN, "/api/v1/skp/{id}/versions", kaban)
			.andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.contains("SUBMITTED", "SUBMITTED", "APPROVED")));
		this.chain.get(KABAN, "/api/v1/skp/{id}/versions/1", kaban)
			.andExpect(jsonPath("$.rhk[0].text").value("Digitalisasi arsip"));
		this.chain.get(SEKDA, "/api/v1/skp/{id}/versions/1/changes/2", kaban)
			.andExpect(
					jsonPath("$[?(@.part == 'rhk' && @.field == 'text')].after", hasItem("Digitalisasi seluruh arsip")))
			.andExpect(jsonPath("$[?(@.part == 'indicator' && @.field == 'target')].before", hasItem("12")));
		this.chain.get(KABAN, "/api/v1/skp/{id}/versions/9", kaban).andExpect(status().isNotFound());
	}

	@Test
	void flagsDraftsWhenTheSupervisorChangesOrRemovesTheirRhk() throws Exception {
		int year = 2036;
		long kaban = this.chain.startOwn(KABAN, year);
		long kabanRhk = this.chain.addRhk(KABAN, kaban, "Layanan mutasi cepat", null, "PENERIMA_LAYANAN");
		long spare = this.chain.addRhk(KABAN, kaban, "Layanan pensiun", null, "PENERIMA_LAYANAN");
		long kabid = this.chain.startOwn(KABID, year);
		long kabidRhk = this.chain.addRhk(KABID, kabid, "Verifikasi usul mutasi", kabanRhk, null);
		long kabidRhk2 = this.chain.addRhk(KABID, kabid, "Verifikasi usul pensiun", spare, null);
		String rhkVersion = JsonPath
			.read(this.chain.read(KABAN, kaban).andReturn().getResponse().getContentAsString(), "$.rhk[0].version")
			.toString();
		this.chain
			.put(KABAN, "/api/v1/rhk/{id}",
					"""
							{"text": "Layanan mutasi dalam 5 hari", "kind": "UTAMA", "perspective": "PENERIMA_LAYANAN",
							 "version": %s,
							 "indicators": [{"text": "x", "aspect": "WAKTU", "target": "5", "unit": "hari"}]}"""
						.formatted(rhkVersion),
					kabanRhk)
			.andExpect(status().isOk());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/rhk/{id}", spare)
				.header("Authorization", this.chain.token(KABAN)))
			.andExpect(status().isNoContent());
		this.chain.read(KABID, kabid)
			.andExpect(jsonPath("$.rhk[0].supervisorChange").value("CHANGED"))
			.andExpect(jsonPath("$.rhk[1].supervisorChange").value("REMOVED"))
			.andExpect(jsonPath("$.hints[*].code",
					hasItems("planning.hint.supervisor-changed", "planning.hint.supervisor-removed")));
		this.chain.get(KABID, "/api/v1/skp/{id}/supervisor-rhk", kabid)
			.andExpect(jsonPath("$[*].id", not(hasItem((int) spare))));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/rhk/{id}/acknowledge", kabidRhk)
				.header("Authorization", this.chain.token(KABID)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supervisorChange").doesNotExist());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/rhk/{id}/acknowledge", kabidRhk2)
				.header("Authorization", this.chain.token(KABID)))
			.andExpect(status().isConflict());
	}

	@Test
	void showsPlansOnlyUpTheLineAndToTheAgencyRoles() throws Exception {
		int year = 2037;
		long analis = this.chain.startOwn(ANALIS, year);
		for (String reader : List.of(ANALIS, KASUBBID, KABID, KABAN, "admin", "auditor")) {
			this.chain.read(reader, analis).andExpect(status().isOk());
		}
		// A colleague at the same level reads nothing, and writes nothing.
		this.chain.read(PENGOLAH, analis).andExpect(status().isForbidden());
		this.chain.addRhk(PENGOLAH, analis, """
				{"text": "Bukan milik saya", "kind": "UTAMA", "indicators": []}""").andExpect(status().isForbidden());
		this.chain.get(PENGOLAH, "/api/v1/skp?nip={nip}", ANALIS).andExpect(status().isForbidden());
		// The supervisor reads but does not write the subordinate's draft.
		this.chain.addRhk(KASUBBID, analis, """
				{"text": "x", "kind": "UTAMA", "indicators": []}""")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("pemilik")));
		// Nobody starts a plan for a colleague.
		this.chain.start(PENGOLAH, KASUBBID, year).andExpect(status().isForbidden());
		// The auditor changes nothing.
		this.chain.start("auditor", ANALIS, year + 1).andExpect(status().isForbidden());
		// A second open plan for the same year is refused.
		this.chain.start(ANALIS, ANALIS, year).andExpect(status().isConflict());
		this.chain.read(ANALIS, 987654321L).andExpect(status().isNotFound());
	}

}

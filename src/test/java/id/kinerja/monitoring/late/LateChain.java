package id.kinerja.monitoring.late;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.planning.PlanChain;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the plans, daily-log, realisation and late-work APIs as the demo's people do
 * (the BKPSDM chain of {@link PlanChain}). The late-work tests take the years 2090–2095.
 */
final class LateChain {

	static final String KABID = PlanChain.KABID;

	/** Kepala Subbidang Penilaian Kinerja: the supervisor whose team is listed. */
	static final String KASUBBID = PlanChain.KASUBBID;

	/** Analis SDM Aparatur, under the Kepala Subbidang. */
	static final String ANALIS = PlanChain.ANALIS;

	/** Pengolah Data Kinerja, under the same Kepala Subbidang. */
	static final String PENGOLAH = PlanChain.PENGOLAH;

	/** The demo's Admin OPD of BKPSDM. */
	static final String ADMIN_OPD = "199304022018012001";

	private static final String RHK = """
			{"text": "Analisis capaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [{"text": "Laporan analisis yang selesai", "aspect": "KUANTITAS", "target": "12",
			                 "unit": "laporan"}]}""";

	private final MockMvc mvc;

	final PlanChain plans;

	LateChain(MockMvc mvc) {
		this.mvc = mvc;
		this.plans = new PlanChain(mvc);
	}

	String token(String username) throws Exception {
		return this.plans.token(username);
	}

	ResultActions late(String as, String query) throws Exception {
		return this.mvc.perform(get("/api/v1/monitoring/late?" + query).header("Authorization", token(as)));
	}

	/**
	 * Plan and approve the year from the Sekda down to the analyst; return the analyst's
	 * SKP.
	 */
	long approvedToAnalyst(int year) throws Exception {
		long kasubbidRhk = this.plans.approvedChainToKasubbid(year);
		return this.plans.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, year, RHK);
	}

	/** Start an own draft plan. */
	long draft(String nip, int year) throws Exception {
		return this.plans.startOwn(nip, year);
	}

	void log(String nip, LocalDate day) throws Exception {
		this.plans.send(nip, "/api/v1/logs", "{\"date\":\"" + day + "\",\"activity\":\"Menyusun rekap penilaian\"}")
			.andExpect(status().isCreated());
	}

	/**
	 * Report every indicator of the analyst's plan at its target and submit the period.
	 */
	void submit(long skpId, String period) throws Exception {
		String skp = this.plans.read(ANALIS, skpId).andReturn().getResponse().getContentAsString();
		Number indicator = JsonPath.read(skp, "$.rhk[0].indicators[0].id");
		this.plans
			.send(ANALIS, "/api/v1/skp/{id}/realisations",
					"{\"period\":\"" + period + "\",\"indicatorId\":" + indicator + ",\"value\":\"12\"}", skpId)
			.andExpect(status().isCreated());
		this.plans.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skpId, period).andExpect(status().isOk());
	}

	void acknowledge(long skpId, String period) throws Exception {
		this.plans.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", skpId, period)
			.andExpect(status().isOk());
	}

	/** Grant a later deadline to a unit as Admin BKPSDM; return the extension's id. */
	long extend(String unitCode, String period, LocalDate newDeadline) throws Exception {
		return PlanChain.id(this.plans
			.send("admin", "/api/v1/deadline-extensions",
					"{\"unit\":\"" + unitCode + "\",\"period\":\"" + period + "\",\"deadline\":\"" + newDeadline
							+ "\",\"reason\":\"Gangguan jaringan listrik di kantor\"}")
			.andExpect(status().isCreated()));
	}

	void revoke(long extensionId) throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/deadline-extensions/{id}", extensionId)
				.header("Authorization", token("admin")))
			.andExpect(status().is2xxSuccessful());
	}

}

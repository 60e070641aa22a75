package id.kinerja.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.planning.PlanChain;
import id.kinerja.shared.FieldsRejectedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Periodic realisation through the API: the analyst of the demo chain reports the
 * indicators of an approved plan of 2066 (the clock stands in that year), submits, and
 * the Kepala Subbidang acknowledges or returns. Years taken: 2066–2067.
 */
@DemoAgencyTest
class RealisationApiIntegrationTests {

	static final int YEAR = 2066;

	static final String ANALIS = PlanChain.ANALIS;

	static final String KASUBBID = PlanChain.KASUBBID;

	static final String PENGOLAH = PlanChain.PENGOLAH;

	/** One count, one rate, one time and one cost indicator. */
	static final String RHK_JSON = """
			{"text": "Analisis capaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Laporan analisis yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"},
			   {"text": "Data pegawai yang valid", "aspect": "KUALITAS", "target": "95", "unit": "%%"},
			   {"text": "Lama penyusunan laporan", "aspect": "WAKTU", "target": "5", "unit": "hari"},
			   {"text": "Anggaran kegiatan terserap", "aspect": "BIAYA", "target": "120000000", "unit": "rupiah"}]}""";

	private static long skpId;

	private static long colleagueSkpId;

	private static List<Long> colleagueIndicators;

	private static List<Long> indicators;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RealisationService service;

	PlanChain chain;

	@BeforeEach
	void plan() throws Exception {
		this.chain = new PlanChain(this.mvc);
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		if (skpId == 0) {
			long kasubbidRhk = this.chain.approvedChainToKasubbid(YEAR);
			skpId = this.chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			String json = this.chain.read(ANALIS, skpId).andReturn().getResponse().getContentAsString();
			List<Number> ids = JsonPath.read(json, "$.rhk[0].indicators[*].id");
			indicators = ids.stream().map(Number::longValue).toList();
			colleagueSkpId = this.chain.approvedPlanUnderKasubbid(PENGOLAH, kasubbidRhk, YEAR, RHK_JSON);
			json = this.chain.read(PENGOLAH, colleagueSkpId).andReturn().getResponse().getContentAsString();
			ids = JsonPath.read(json, "$.rhk[0].indicators[*].id");
			colleagueIndicators = ids.stream().map(Number::longValue).toList();
		}
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	ResultActions write(String as, String period, int indicator, String fields) throws Exception {
		return this.chain.send(as, "/api/v1/skp/{id}/realisations", """
				{"period": "%s", "indicatorId": %d %s}""".formatted(period, indicators.get(indicator), fields), skpId);
	}

	@Test
	void computesTheAchievementOfEachKindOfIndicator() throws Exception {
		// 2 reports of 12 a year by the end of February: due 12 × 59/365 = 1.94 → 103.11
		// %
		write(ANALIS, YEAR + "-02", 0, ", \"value\": \"2\", \"note\": \"Dua laporan\"").andExpect(status().isCreated())
			.andExpect(jsonPath("$.achievement").value(103.11))
			.andExpect(jsonPath("$.source").value("EMPLOYEE"))
			.andExpect(jsonPath("$.period").value(YEAR + "-02"));
		// a rate: 96,5 of 95 % → 101.58 %
		write(ANALIS, YEAR + "-02", 1, ", \"value\": \"96,5\"").andExpect(status().isCreated())
			.andExpect(jsonPath("$.achievement").value(101.58))
			.andExpect(jsonPath("$.valueNumber").value(96.5));
		// a time: 4 days against 5 → 125 %
		write(ANALIS, YEAR + "-02", 2, ", \"value\": \"4\"").andExpect(status().isCreated())
			.andExpect(jsonPath("$.achievement").value(125.0));
		// a cost with the period's budget: 9.000.000 of 10.000.000 → 90 %, so the
		// obstacle is due
		write(ANALIS, YEAR + "-02", 3, """
				, "value": "9.000.000", "budget": "10.000.000", "obstacle": "Pengadaan mundur",
				  "cause": "Lelang ulang", "fix": "Jadwal ulang di bulan Maret\"""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.achievement").value(90.0))
			.andExpect(jsonPath("$.budget").value(10000000));
		this.chain.get(KASUBBID, "/api/v1/skp/{id}/realisations?period=" + YEAR + "-02", skpId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)));
		// writing the same indicator again changes it rather than adding one
		write(ANALIS, YEAR + "-02", 1, ", \"value\": \"97\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.achievement").value(102.11));
		assertThat(this.jdbc.sql("SELECT count(*) FROM realisation WHERE skp_id = ?")
			.param(skpId)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Realisation'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void asksForTheObstacleItsCauseAndTheFixBelowTarget() throws Exception {
		String path = "/api/v1/skp/{id}/realisations";
		String below = "{\"period\": \"%d-03\", \"indicatorId\": %d, \"value\": \"50\"".formatted(YEAR,
				colleagueIndicators.get(1));
		this.chain.send(PENGOLAH, path, below + "}", colleagueSkpId)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("obstacle", "cause", "fix")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("monitoring.realisation.obstacle.required")));
		this.chain.send(PENGOLAH, path, below + """
				, "obstacle": "Data belum lengkap", "cause": "Unit terlambat mengirim", "fix": "Pengingat mingguan"}""",
				colleagueSkpId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.achievement").value(52.63))
			.andExpect(jsonPath("$.obstacle").value("Data belum lengkap"))
			.andExpect(jsonPath("$.cause").value("Unit terlambat mengirim"));
	}

	@Test
	void refusesBadValuesAndPeriodsNamingTheField() throws Exception {
		expectProblem(write(ANALIS, YEAR + "-03", 1, ", \"value\": \"sembilan puluh\""), "value",
				"monitoring.realisation.value.number");
		expectProblem(write(ANALIS, YEAR + "-03", 1, ", \"value\": \" \""), "value",
				"monitoring.realisation.value.required");
		expectProblem(write(ANALIS, YEAR + "-03", 1, ", \"value\": \"90\", \"budget\": \"5\""), "budget",
				"monitoring.realisation.budget.not-biaya");
		expectProblem(write(ANALIS, YEAR + "-05", 1, ", \"value\": \"90\""), "period",
				"monitoring.realisation.period.not-started");
		expectProblem(write(ANALIS, YEAR + "-01", 1, ", \"value\": \"90\""), "period",
				"monitoring.realisation.period.closed");
		expectProblem(write(ANALIS, YEAR + "-13", 1, ", \"value\": \"90\""), "period", "monitoring.period.malformed");
		expectProblem(write(ANALIS, YEAR + "-Q1", 1, ", \"value\": \"90\""), "period", "monitoring.period.frequency");
		expectProblem(write(ANALIS, (YEAR + 1) + "-02", 1, ", \"value\": \"90\""), "period",
				"monitoring.realisation.period.other-year");
		expectProblem(this.chain.send(ANALIS, "/api/v1/skp/{id}/realisations", """
				{"period": "%d-03", "indicatorId": 999999, "value": "1"}""".formatted(YEAR), skpId), "indicatorId",
				"monitoring.realisation.indicator.not-in-plan");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM realisation r JOIN realisation_report p ON p.id = r.report_id "
					+ "WHERE r.skp_id = ? AND p.period_code IN ('2066-05', '2066-01')")
			.param(skpId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyTheOwnerWritesAndOnlyThoseInTheLineRead() throws Exception {
		write(KASUBBID, YEAR + "-03", 1, ", \"value\": \"90\"").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.realisation.owner-only"));
		write(PENGOLAH, YEAR + "-03", 1, ", \"value\": \"90\"").andExpect(status().isForbidden());
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/realisations", skpId).andExpect(status().isForbidden());
		this.chain.get(PlanChain.KABID, "/api/v1/skp/{id}/periods", skpId).andExpect(status().isOk());
	}

	@Test
	void submitsOnceCompleteAndTheAppraiserAcknowledgesOrReturns() throws Exception {
		String period = YEAR + "-03";
		write(ANALIS, period, 0, """
				, "value": "3", "note": "Tiga laporan\"""").andExpect(status().isCreated());
		this.chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skpId, period)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("monitoring.realisation.submit.missing")));
		write(ANALIS, period, 1, ", \"value\": \"95\"").andExpect(status().is2xxSuccessful());
		write(ANALIS, period, 2, ", \"value\": \"5\"").andExpect(status().is2xxSuccessful());
		write(ANALIS, period, 3, ", \"value\": \"Rp 30.000.000\"").andExpect(status().is2xxSuccessful());
		this.chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skpId, period)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.late").value(false))
			.andExpect(jsonPath("$.missingIndicators", hasSize(0)));
		write(ANALIS, period, 1, ", \"value\": \"99\"").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("monitoring.realisation.report.locked"));
		this.chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", skpId, period)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.realisation.own-decision"));
		this.chain.send(PENGOLAH, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", skpId, period)
			.andExpect(status().isForbidden());
		expectProblem(
				this.chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/return", "{\"note\": \" \"}", skpId, period),
				"note", "monitoring.realisation.return.note-required");
		this.chain
			.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/return", "{\"note\": \"Lampirkan laporannya\"}", skpId,
					period)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnNote").value("Lampirkan laporannya"));
		write(ANALIS, period, 1, ", \"value\": \"96\"").andExpect(status().isOk());
		this.chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skpId, period).andExpect(status().isOk());
		this.chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", skpId, period)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		this.chain.get(ANALIS, "/api/v1/skp/{id}/periods", skpId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.period == '2066-03')].status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$[?(@.period == '2066-01')].overdue").value(true));
	}

	@Test
	@WithUserDetails(value = PENGOLAH, setupBefore = TestExecutionEvent.TEST_EXECUTION)
	void countsTheMomentTheSubmissionWasMadeAgainstTheDeadline() {
		// the colleague's February report, finished on the deadline day
		long plan = colleagueSkpId;
		String period = YEAR + "-02";
		for (int i = 0; i < 4; i++) {
			String value = (i == 3) ? "10000000" : "100";
			try {
				this.service.record(plan, new RealisationService.RealisationInput(period, colleagueIndicators.get(i),
						value, null, null, "Kendala", "Sebab", "Perbaikan"), null);
			}
			catch (FieldsRejectedException ex) {
				throw new AssertionError(ex.getProblems().toString(), ex);
			}
		}
		// 5 March 23:30 WIB is within the deadline; the server finishes after midnight
		Instant sent = LocalDate.of(YEAR, 3, 5).atTime(16, 30).toInstant(java.time.ZoneOffset.UTC);
		TestClock.pin(sent.plusSeconds(3600));
		RealisationReport report = this.service.submit(plan, period, sent);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getSubmittedAt()).isEqualTo(sent);
		assertThat(report.isSubmittedLate()).isFalse();
		// sent after the deadline day, it is refused and nothing changes
		assertThatThrownBy(() -> this.service.submit(plan, YEAR + "-01", sent))
			.isInstanceOf(FieldsRejectedException.class);
	}

	@Test
	void describesTheRealisationApiInOpenApi() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/skp/{id}/realisations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/skp/{id}/realisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/skp/{id}/periods/{period}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/skp/{id}/periods/{period}/acknowledge'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/realisations/{id}/links'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/deadline-extensions'].post").exists());
	}

	@Test
	void anAdminGrantsAndRevokesADeadlineExtensionWithItsReason() throws Exception {
		String path = "/api/v1/deadline-extensions";
		String body = """
				{"unit": "%s", "period": "%d-01", "deadline": "%s", "reason": "%s"}""";
		this.chain.send(ANALIS, path, body.formatted("DINKES", YEAR, YEAR + "-03-20", "Gangguan listrik seminggu"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("monitoring.extension.denied"));
		expectProblem(this.chain.send("admin", path, body.formatted("DINKES", YEAR, YEAR + "-03-20", "x")), "reason",
				"monitoring.extension.reason.required");
		expectProblem(
				this.chain.send("admin", path, body.formatted("DINKES", YEAR, YEAR + "-02-01", "Gangguan listrik")),
				"deadline", "monitoring.extension.deadline.after");
		this.chain.send("admin", path, body.formatted("TIDAK-ADA", YEAR, YEAR + "-03-20", "Gangguan listrik"))
			.andExpect(status().isNotFound());
		String created = this.chain
			.send("admin", path, body.formatted("DINKES", YEAR, YEAR + "-03-20", "Gangguan listrik seminggu"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value("DINKES"))
			.andExpect(jsonPath("$.deadline").value(YEAR + "-03-20"))
			.andExpect(jsonPath("$.grantedBy").value("admin"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		// the analyst's unit (BKPSDM) is not below DINKES: January stays closed for them
		expectProblem(write(ANALIS, YEAR + "-01", 1, ", \"value\": \"90\""), "period",
				"monitoring.realisation.period.closed");
		this.chain.get("admin", path)
			.andExpect(jsonPath("$[?(@.id == " + id + ")].reason").value(hasItem("Gangguan listrik seminggu")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path + "/{id}", id)
				.header("Authorization", this.chain.token("admin")))
			.andExpect(status().isNoContent());
		this.chain.get("admin", path).andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(0)));
	}

	static void expectProblem(ResultActions result, String field, String code) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

}

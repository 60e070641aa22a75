package id.kinerja.monitoring;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The realisation pages as the analyst and the Kepala Subbidang use them, on a plan of
 * 2068 with the clock in that year. Years taken: 2068–2069.
 */
@DemoAgencyTest
class RealisationPagesIntegrationTests {

	static final int YEAR = 2068;

	static final String RHK_JSON = """
			{"text": "Rekap penilaian kinerja", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Rekap yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "rekap"},
			   {"text": "Ketepatan data", "aspect": "KUALITAS", "target": "90", "unit": "%%"}]}""";

	private static long skpId;

	private static List<Long> indicators;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void plan() throws Exception {
		TestClock.pin(LocalDate.of(YEAR, 4, 2));
		if (skpId == 0) {
			PlanChain chain = new PlanChain(this.mvc);
			long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
			skpId = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			String json = chain.read(PlanChain.ANALIS, skpId).andReturn().getResponse().getContentAsString();
			List<Number> ids = JsonPath.read(json, "$.rhk[0].indicators[*].id");
			indicators = ids.stream().map(Number::longValue).toList();
		}
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void theOwnerReportsAPeriodFromTheSheetAndTheAppraiserAcknowledgesIt() throws Exception {
		Cookie analis = TestSignIn.session(this.mvc, PlanChain.ANALIS);
		this.mvc.perform(get("/skp/{id}", skpId).cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/skp/" + skpId + "/realisasi")));
		this.mvc.perform(get("/skp/{id}/realisasi", skpId).cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-current\"")))
			.andExpect(content().string(containsString("Terlambat")));
		String sheet = "/skp/" + skpId + "/realisasi/" + YEAR + "-03";
		this.mvc.perform(get(sheet).cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IKI 1.1 · Rekap yang selesai")))
			.andExpect(content().string(containsString("id=\"form-" + indicators.get(0) + "\"")))
			.andExpect(content().string(containsString("Ajukan realisasi")));
		// a typed value saves itself (htmx), a half-typed one says why not
		this.mvc
			.perform(post(sheet + "/iki/{i}", indicators.get(1)).cookie(analis)
				.with(csrf())
				.header("HX-Request", "true")
				.param("value", "9o"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum tersimpan")))
			.andExpect(content().string(containsString("harus berupa angka")));
		this.mvc
			.perform(post(sheet + "/iki/{i}", indicators.get(1)).cookie(analis)
				.with(csrf())
				.header("HX-Request", "true")
				.param("value", "92"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tersimpan otomatis")))
			.andExpect(content().string(containsString("hx-swap-oob")));
		// a plain form post below target shows the fields to complete on the page
		this.mvc.perform(post(sheet + "/iki/{i}", indicators.get(0)).cookie(analis).with(csrf()).param("value", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"errors-" + indicators.get(0) + "\"")))
			.andExpect(content().string(containsString("tuliskan kendalanya")));
		this.mvc
			.perform(post(sheet + "/iki/{i}", indicators.get(0)).cookie(analis)
				.with(csrf())
				.param("value", "3")
				.param("note", "Rekap Januari sampai Maret"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(sheet + "/submit").cookie(analis).with(csrf()))
			.andExpect(redirectedUrl(sheet))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(sheet).cookie(analis))
			.andExpect(content().string(containsString("Diajukan")))
			.andExpect(content().string(not(containsString("id=\"submit-report\""))));
		Cookie kasubbid = TestSignIn.session(this.mvc, PlanChain.KASUBBID);
		this.mvc.perform(get(sheet).cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"acknowledge-report\"")))
			.andExpect(content().string(not(containsString("id=\"form-"))));
		this.mvc.perform(post(sheet + "/acknowledge").cookie(kasubbid).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT status FROM realisation_report WHERE skp_id = ? AND period_code = ?")
			.param(skpId)
			.param(YEAR + "-03")
			.query(String.class)
			.single()).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void aColleagueCannotOpenTheSheet() throws Exception {
		Cookie pengolah = TestSignIn.session(this.mvc, PlanChain.PENGOLAH);
		this.mvc.perform(get("/skp/{id}/realisasi/{p}", skpId, YEAR + "-03").cookie(pengolah))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/skp/{id}/realisasi/{p}/iki/{i}", skpId, YEAR + "-03", indicators.get(0)).cookie(pengolah)
				.with(csrf())
				.param("value", "3"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminExtendsAUnitsDeadlineAndTheClosedPeriodOpensForIt() throws Exception {
		Cookie admin = TestSignIn.session(this.mvc, "admin");
		String february = YEAR + "-02";
		Cookie analis = TestSignIn.session(this.mvc, PlanChain.ANALIS);
		this.mvc.perform(get("/skp/{id}/realisasi/{p}", skpId, february).cookie(analis))
			.andExpect(content().string(containsString("id=\"sheet-closed\"")));
		this.mvc
			.perform(post("/realisasi/perpanjangan").cookie(admin)
				.with(csrf())
				.param("unit", "BKPSDM")
				.param("period", february)
				.param("deadline", YEAR + "-04-10")
				.param("reason", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alasan")));
		this.mvc
			.perform(post("/realisasi/perpanjangan").cookie(admin)
				.with(csrf())
				.param("unit", "BKPSDM")
				.param("period", february)
				.param("deadline", YEAR + "-04-10")
				.param("reason", "Gangguan jaringan di BKPSDM pada awal Maret"))
			.andExpect(redirectedUrl("/realisasi/perpanjangan"));
		this.mvc.perform(get("/skp/{id}/realisasi/{p}", skpId, february).cookie(analis))
			.andExpect(content().string(not(containsString("id=\"sheet-closed\""))))
			.andExpect(content().string(containsString("diperpanjang")));
		this.mvc.perform(get("/realisasi/perpanjangan").cookie(analis)).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'DeadlineExtension'")
			.query(Long.class)
			.single()).isPositive();
	}

}

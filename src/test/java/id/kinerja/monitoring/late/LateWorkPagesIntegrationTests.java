package id.kinerja.monitoring.late;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static id.kinerja.monitoring.late.LateChain.ANALIS;
import static id.kinerja.monitoring.late.LateChain.KASUBBID;
import static id.kinerja.monitoring.late.LateChain.PENGOLAH;

/** The late-work page, its CSV and the team summary; year 2095. */
@DemoAgencyTest
class LateWorkPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void showsTheTeamsLateWorkAsCardsWithCountsAndTheSameRowsAsCsv() throws Exception {
		TestClock.pin(LocalDate.of(2095, 3, 14));
		LateChain chain = new LateChain(this.mvc);
		chain.approvedToAnalyst(2095);
		Cookie kasubbid = TestSignIn.session(this.mvc, KASUBBID);
		this.mvc.perform(get("/monitoring/late").cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"late-filters\"")))
			.andExpect(content().string(containsString("id=\"count-NOT_SUBMITTED\"")))
			.andExpect(content().string(containsString("Rizky Pratama, S.Psi.")))
			.andExpect(content().string(containsString("Realisasi belum diajukan")))
			.andExpect(content().string(containsString("Realisasi 2095-02: batas 05-03-2095 · terlambat 9 hari")))
			.andExpect(content().string(containsString("Belum mengisi log harian")))
			.andExpect(content().string(containsString("skp-status-LATE")))
			.andExpect(content().string(containsString("Atasan Langsung: Dewi Lestari, S.E.")))
			// A supervisor has no unit picker, but may widen to the whole line.
			.andExpect(content().string(not(containsString("id=\"unit\""))))
			.andExpect(content().string(containsString("id=\"line\"")));
		// In English when asked.
		this.mvc.perform(get("/monitoring/late").param("lang", "en").cookie(kasubbid))
			.andExpect(content().string(containsString("Realisation not submitted")));
		// One kind only.
		this.mvc.perform(get("/monitoring/late").param("kind", "NO_SKP").cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-kind=\"NOT_SUBMITTED\""))))
			.andExpect(content().string(containsString("data-kind=\"NO_SKP\"")));

		byte[] csv = this.mvc.perform(get("/monitoring/late.csv").param("kind", "NOT_SUBMITTED").cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("terlambat-2095-02.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("Jenis,NIP,Nama,Kode Unit,Unit Kerja,Jabatan,NIP Atasan Langsung,Atasan Langsung,Periode,"
					+ "Batas,Sejak,Hari");
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.startsWith("Realisasi belum diajukan," + ANALIS + ",\"Rizky Pratama, S.Psi.\",BKPSDM.PKA.S1,")
			.endsWith(",2095-02,05-03-2095,05-03-2095,9"));
		assertThat(lines.subList(1, lines.size())).allSatisfy((line) -> assertThat(line).startsWith("Realisasi belum"));
	}

	@Test
	void namesBadFiltersOnThePageAndRefusesThoseWithoutATeam() throws Exception {
		Cookie kasubbid = TestSignIn.session(this.mvc, KASUBBID);
		this.mvc.perform(get("/monitoring/late").param("days", "99").param("period", "2095-7").cookie(kasubbid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"late-problems\"")))
			.andExpect(content().string(containsString("data-field=\"days\"")))
			.andExpect(content().string(containsString("1 sampai 60")))
			.andExpect(content().string(containsString("data-field=\"period\"")));
		Cookie pengolah = TestSignIn.session(this.mvc, PENGOLAH);
		this.mvc.perform(get("/monitoring/late").cookie(pengolah)).andExpect(status().isForbidden());
		this.mvc.perform(get("/monitoring/late.csv").cookie(pengolah)).andExpect(status().isForbidden());
		this.mvc.perform(get("/monitoring/late/summary").cookie(pengolah)).andExpect(status().isForbidden());
		// An admin picks a unit.
		this.mvc
			.perform(get("/monitoring/late").param("unit", "BKPSDM.PKA").cookie(TestSignIn.session(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit\"")))
			.andExpect(content().string(containsString("value=\"BKPSDM.PKA\" selected")));
	}

	@Test
	void summarisesTheSupervisorsTeamForTheTeamBoard() throws Exception {
		this.mvc.perform(get("/monitoring/late/summary").cookie(TestSignIn.session(this.mvc, KASUBBID)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"late-summary\"")))
			.andExpect(content().string(containsString("Terlambat")))
			.andExpect(content().string(containsString("data-kind=\"NO_DAILY_LOG\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

}

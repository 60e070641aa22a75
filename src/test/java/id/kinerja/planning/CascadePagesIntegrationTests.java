package id.kinerja.planning;

import id.kinerja.DemoAgencyTest;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class CascadePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Cookie signIn(String username) throws Exception {
		return id.kinerja.TestSignIn.session(this.mvc, username);
	}

	@Test
	void showsTheTreeWithTheSummaryToTheAdmin() throws Exception {
		Cookie admin = signIn("admin");
		this.mvc.perform(get("/skp/tree").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cascade\"")))
			.andExpect(content().string(containsString("Pohon Kinerja")))
			.andExpect(content().string(containsString("id=\"plan-summary\"")))
			.andExpect(content().string(containsString("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")))
			.andExpect(content().string(containsString("hx-get=\"/skp/tree/nodes/unit-")));
		long bkpsdm = this.jdbc.sql(
				"SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'KOTA-CONTOH' AND u.code = 'BKPSDM'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/skp/tree/nodes/unit-{id}", bkpsdm).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cascade-children")))
			.andExpect(content().string(containsString("Sri Wahyuni")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/skp/tree").param("q", "Dewi").cookie(admin))
			.andExpect(content().string(containsString("id=\"search-results\"")))
			.andExpect(content().string(containsString("Dewi Lestari")));
		this.mvc.perform(get("/skp/tree").param("q", "x").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-problem\"")));
		this.mvc.perform(get("/skp/tree").param("unit", "BKPSDM").param("lang", "en").cookie(admin))
			.andExpect(content().string(containsString("SKP progress per unit")));
	}

	@Test
	void showsAnEmployeeTheLineWithoutTheSummaryAndRefusesOtherUnits() throws Exception {
		Cookie analis = signIn(ANALIS);
		this.mvc.perform(get("/skp/tree").cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dewi Lestari")))
			.andExpect(content().string(not(containsString("id=\"plan-summary\""))));
		this.mvc.perform(get("/skp/tree").param("unit", "DINKES").cookie(analis)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skp/tree").param("year", "abc").cookie(analis)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/skp").cookie(analis))
			.andExpect(content().string(containsString("id=\"tree-link\"")))
			.andExpect(content().string(containsString("hx-get=\"/skp/waiting-chain?year=")));
		this.mvc.perform(get("/skp/waiting-chain").cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("chain-none"))))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void loadsTheWaitingChainForAHead() throws Exception {
		this.mvc.perform(get("/skp/waiting-chain").param("year", "2065").cookie(signIn(KASUBBID)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"waiting-chain\"")))
			.andExpect(content().string(containsString("Siapa menunggu siapa (2065)")))
			.andExpect(content().string(containsString("Rizky Pratama")));
	}

}

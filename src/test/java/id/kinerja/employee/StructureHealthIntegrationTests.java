package id.kinerja.employee;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class StructureHealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheAdminWhatWillBlockPeople() throws Exception {
		this.mvc.perform(get("/api/v1/structure/health").header("Authorization", TestSignIn.bearer(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.VACANT_HEAD", greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.counts.SKIPPED_LEVEL", greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.issues[*].unitCode", hasItem("DISDIK.BID1.S3")))
			.andExpect(jsonPath("$.issues[?(@.kind == 'SKIPPED_LEVEL')].unitCode", hasItem("DPUPR")));
	}

	@Test
	void rendersThePageWithTheFixLinks() throws Exception {
		this.mvc.perform(get("/structure/health").header("Authorization", TestSignIn.bearer(this.mvc, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepala kosong")))
			.andExpect(content().string(containsString("href=\"/units/DISDIK.BID1.S3\"")));
		this.mvc
			.perform(get("/structure/health/count").header("Authorization", TestSignIn.bearer(this.mvc, "admin"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"health-count\"")));
	}

	@Test
	void showsAnAdminOpdOnlyItsOwnSubtree() throws Exception {
		this.mvc
			.perform(get("/api/v1/structure/health").header("Authorization",
					TestSignIn.bearer(this.mvc, "199304022018012001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issues[*].unitCode", everyItem(startsWith("BKPSDM"))))
			.andExpect(jsonPath("$.counts.VACANT_HEAD").value(0))
			.andExpect(jsonPath("$.counts.SKIPPED_LEVEL").value(0));
	}

	@Test
	void forbidsEmployeesFromTheHealthCheck() throws Exception {
		this.mvc
			.perform(get("/api/v1/structure/health").header("Authorization",
					TestSignIn.bearer(this.mvc, DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(status().isForbidden());
	}

}

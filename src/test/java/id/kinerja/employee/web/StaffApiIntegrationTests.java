package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.employee.StructureFixture;
import id.kinerja.identity.UserAccountRepository;
import id.kinerja.shared.Nip;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employee writes of the API and the unit and history reads behind the pages: the
 * happy paths, every refusal a user can cause, and every guarded write from the wrong
 * side.
 */
@DemoAgencyTest
class StaffApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccountRepository accounts;

	StructureFixture fixture;

	String admin;

	@BeforeEach
	void buildADinas() throws Exception {
		this.fixture = StructureFixture.build(this.context);
		this.admin = TestSignIn.bearer(this.mvc, "admin");
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return this.mvc.perform(request.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String token(String username) throws Exception {
		return TestSignIn.bearer(this.mvc, username, StructureFixture.PASSWORD);
	}

	String registration(String nip, long positionId) {
		LocalDate born = Nip.check(nip).nip().birthDate();
		return """
				{"nip": "%s", "name": "Siti Rahmawati", "frontTitle": "", "backTitle": "S.E.", "sex": "L",
				 "birthDate": "%s", "asnType": "PNS", "golongan": "III/a", "email": "siti@contoh.go.id",
				 "phone": "+62 812-3456-7890", "positionId": %d, "startDate": "2026-01-02"}
				""".formatted(nip, born, positionId);
	}

	@Test
	void registersAnEmployeeWithAnAccount() throws Exception {
		String nip = StructureFixture.nextNip();
		call(post("/api/v1/employees"), this.admin, registration(nip, this.fixture.vacantStaffPost.getId()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/employees/" + nip))
			.andExpect(jsonPath("$.nip").value(nip))
			.andExpect(jsonPath("$.name").value("Siti Rahmawati, S.E."))
			.andExpect(jsonPath("$.golongan").value("III/a"))
			.andExpect(jsonPath("$.unitCode").value(this.fixture.bidangKosong.getCode()))
			.andExpect(jsonPath("$.email").value("siti@contoh.go.id"));
		assertThat(this.accounts.findByUsername(nip)).isPresent();
		this.mvc.perform(get("/api/v1/employees").param("q", "rahmawati").header("Authorization", this.admin))
			.andExpect(jsonPath("$.content[*].nip", hasItem(nip)));
	}

	@Test
	void refusesAnNipThatIsWrongTakenOrDisagreesWithTheDetails() throws Exception {
		call(post("/api/v1/employees"), this.admin,
				registration(StructureFixture.nextNip(), this.fixture.vacantStaffPost.getId())
					.replaceFirst("\"nip\": \"\\d+\"", "\"nip\": \"198513322010011001\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("tanggal lahir")));
		call(post("/api/v1/employees"), this.admin,
				registration(this.fixture.staff1.getNip(), this.fixture.vacantStaffPost.getId()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("sudah terdaftar")));
		call(post("/api/v1/employees"), this.admin,
				registration(StructureFixture.nextNip(), this.fixture.vacantStaffPost.getId()).replace("\"sex\": \"L\"",
						"\"sex\": \"P\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Jenis kelamin tidak sesuai")));
		call(post("/api/v1/employees"), this.admin,
				registration(StructureFixture.nextNip(), this.fixture.vacantStaffPost.getId()).replace("\"III/a\"",
						"\"IX\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Golongan ini tidak berlaku")));
		String halfWritten = StructureFixture.nextNip();
		call(post("/api/v1/employees"), this.admin, registration(halfWritten, this.fixture.staff1Post.getId()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("sudah dipegang")));
		this.mvc.perform(get("/api/v1/employees/" + halfWritten).header("Authorization", this.admin))
			.andExpect(status().isNotFound());
		assertThat(this.accounts.findByUsername(halfWritten)).as("nothing half-written").isEmpty();
	}

	@Test
	void namesEveryInvalidFieldOfARegistration() throws Exception {
		call(post("/api/v1/employees"), this.admin, """
				{"nip": "", "name": "Budi <script>", "sex": "X", "golongan": "V/z", "email": "bukan-email",
				 "phone": "telepon saya"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("nip", "name", "sex", "birthDate", "asnType", "golongan", "email", "phone", "positionId",
							"startDate")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Alamat e-mail tidak valid.")));
	}

	@Test
	void updatesPersonalDataAndRefusesAStaleVersion() throws Exception {
		String nip = this.fixture.staff2.getNip();
		String history = this.mvc
			.perform(get("/api/v1/employees/" + nip + "/history").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].positionName").value("Pengadministrasi Umum"))
			.andExpect(jsonPath("$.assignments[0].kind").value("DEFINITIF"))
			.andExpect(jsonPath("$.assignments[0].current").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(history, "$.version");
		String body = """
				{"name": "Staf Dua Baru", "backTitle": "S.Kom.", "sex": "L", "birthDate": "%s", "asnType": "PNS",
				 "golongan": "III/c", "phone": "0812 1111 2222", "version": %d}
				""";
		call(put("/api/v1/employees/" + nip), this.admin, body.formatted(this.fixture.staff2.getBirthDate(), version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Staf Dua Baru, S.Kom."))
			.andExpect(jsonPath("$.version").value(version + 1));
		call(put("/api/v1/employees/" + nip), this.admin, body.formatted(this.fixture.staff2.getBirthDate(), version))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("diubah oleh orang lain")));
	}

	@Test
	void appointsAPltToAVacantHeadPostAndEndsIt() throws Exception {
		String nip = this.fixture.analis.getNip();
		String created = call(post("/api/v1/employees/" + nip + "/assignments"), this.admin, """
				{"positionId": %d, "kind": "PLT", "startDate": "2025-01-01", "note": "Sprint 12/2025"}
				""".formatted(this.fixture.vacantHeadPost.getId())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("PLT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc
			.perform(get("/api/v1/units/" + this.fixture.bidangKosong.getCode()).header("Authorization",
					token(this.fixture.staff1.getNip())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.head.name").value("Kepala Bidang Kosong"))
			.andExpect(jsonPath("$.head.vacant").value(true))
			.andExpect(jsonPath("$.head.holders[0].kind").value("PLT"))
			.andExpect(jsonPath("$.head.holders[0].nip").value(nip));
		this.mvc.perform(get("/api/v1/employees/" + this.fixture.kasi.getNip() + "/subordinates")
			.header("Authorization", this.admin)).andExpect(status().isOk());
		call(post("/api/v1/employees/" + nip + "/assignments/" + id + "/end"), this.admin, """
				{"endDate": "2024-12-01", "version": 0}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("sebelum")));
		call(post("/api/v1/employees/" + nip + "/assignments/" + id + "/end"), this.admin, """
				{"endDate": "2025-03-31", "version": 0}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.endDate").value("2025-03-31"));
		call(post("/api/v1/employees/" + nip + "/assignments/" + id + "/end"), this.admin, """
				{"endDate": "2025-04-30", "version": 0}
				""").andExpect(status().isConflict());
	}

	@Test
	void describesAUnitWithItsPostsHoldersAndCounts() throws Exception {
		this.mvc.perform(get("/api/v1/units/" + this.fixture.code).header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(this.fixture.dinas.getName()))
			.andExpect(jsonPath("$.parentCode").isEmpty())
			.andExpect(jsonPath("$.headCount").value(2))
			.andExpect(jsonPath("$.subtreeHeadCount").value(6))
			.andExpect(jsonPath("$.head.holders[0].nip").value(this.fixture.kadis.getNip()))
			.andExpect(jsonPath("$.posts[*].name", hasItems("Kepala Dinas Uji", "Analis Kebijakan Ahli Muda")))
			.andExpect(jsonPath("$.children[*].code",
					hasItems(this.fixture.bidang.getCode(), this.fixture.bidangKosong.getCode())))
			.andExpect(jsonPath("$.children[?(@.code == '" + this.fixture.bidang.getCode() + "')].subtreeHeadCount")
				.value(hasItem(4)));
	}

	@Test
	void setsTheSupervisorExplicitly() throws Exception {
		String nip = this.fixture.staff1.getNip();
		call(post("/api/v1/employees/" + nip + "/supervisor-override"), this.admin, """
				{"supervisorNip": "%s", "startDate": "2025-01-01", "reason": "Ditugaskan langsung"}
				""".formatted(this.fixture.kadis.getNip())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.supervisorNip").value(this.fixture.kadis.getNip()));
		this.mvc.perform(get("/api/v1/employees/" + nip).header("Authorization", this.admin))
			.andExpect(jsonPath("$.supervisorNip").value(this.fixture.kadis.getNip()));
		call(post("/api/v1/employees/" + nip + "/supervisor-override"), this.admin, """
				{"startDate": "2025-01-01", "reason": "Tanpa atasan"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Kepala Daerah")));
		call(post("/api/v1/employees/" + nip + "/supervisor-override"), this.admin, """
				{"supervisorNip": "%s", "startDate": "2025-01-01", "reason": "Diri sendiri"}
				""".formatted(nip)).andExpect(status().isBadRequest());
		call(post("/api/v1/employees/" + nip + "/supervisor-override"), this.admin, """
				{"regionalHead": true, "startDate": "2025-02-01", "reason": "Langsung di bawah Wali Kota"}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.regionalHead").value(true));
	}

	@Test
	void recordsARetirementAndClosesTheAccount() throws Exception {
		String nip = this.fixture.staff1.getNip();
		String staff = token(nip);
		call(post("/api/v1/employees/" + nip + "/leave"), this.admin, """
				{"status": "ACTIVE", "lastDay": "2026-01-31"}
				""").andExpect(status().isBadRequest());
		call(post("/api/v1/employees/" + nip + "/leave"), this.admin, """
				{"status": "RETIRED", "lastDay": "2026-01-31"}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
		assertThat(this.accounts.findByUsername(nip).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(get("/api/v1/me").header("Authorization", staff)).andExpect(status().isUnauthorized());
		Long open = this.jdbc
			.sql("SELECT count(*) FROM assignment WHERE employee_id = ? AND (end_date IS NULL OR end_date > ?)")
			.param(this.fixture.staff1.getId())
			.param(LocalDate.of(2026, 1, 31))
			.query(Long.class)
			.single();
		assertThat(open).isZero();
		call(post("/api/v1/employees/" + nip + "/leave"), this.admin, """
				{"status": "MOVED", "lastDay": "2026-02-28"}
				""").andExpect(status().isConflict());
	}

	@Test
	void showsTheHistoryOnlyToThoseWhoMayReadTheProfile() throws Exception {
		String nip = this.fixture.staff1.getNip();
		this.mvc.perform(get("/api/v1/employees/" + nip + "/history").header("Authorization", token(nip)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/employees/" + nip + "/history").header("Authorization",
					token(this.fixture.kabid.getNip())))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/employees/" + this.fixture.kabid.getNip() + "/history").header("Authorization",
					token(nip)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("hanya dapat dilihat")));
		this.mvc
			.perform(get("/api/v1/employees/" + nip + "/history").header("Authorization",
					token(this.fixture.otherAdmin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void letsAnAdminOpdChangeTheStaffOfItsUnits() throws Exception {
		String opd = token(this.fixture.adminOpd);
		String nip = StructureFixture.nextNip();
		call(post("/api/v1/employees"), opd, registration(nip, this.fixture.vacantStaffPost.getId()))
			.andExpect(status().isCreated());
		call(post("/api/v1/employees/" + this.fixture.kasi.getNip() + "/assignments"), opd, """
				{"positionId": %d, "kind": "PLT", "startDate": "2025-01-01"}
				""".formatted(this.fixture.vacantHeadPost.getId())).andExpect(status().isCreated());
		call(post("/api/v1/employees/" + nip + "/leave"), opd, """
				{"status": "MOVED", "lastDay": "2026-03-31"}
				""").andExpect(status().isOk());
	}

	@Test
	void forbidsEveryStaffWriteFromTheWrongSide() throws Exception {
		String nip = this.fixture.staff2.getNip();
		String update = """
				{"name": "Diubah", "sex": "L", "birthDate": "%s", "asnType": "PNS", "golongan": "III/a"}
				""".formatted(this.fixture.staff2.getBirthDate());
		String assign = """
				{"positionId": %d, "kind": "PLH", "startDate": "2025-01-01"}
				""".formatted(this.fixture.kasiPost.getId());
		String override = """
				{"regionalHead": true, "startDate": "2025-01-01", "reason": "Tidak boleh"}
				""";
		String leave = """
				{"status": "MOVED", "lastDay": "2026-01-31"}
				""";
		String register = registration(StructureFixture.nextNip(), this.fixture.vacantStaffPost.getId());
		String[] wrongSide = { token(this.fixture.staff1.getNip()), token(this.fixture.kabid.getNip()),
				TestSignIn.bearer(this.mvc, "auditor"), TestSignIn.bearer(this.mvc, "199304022018012001"),
				token(this.fixture.otherAdmin) };
		for (String token : wrongSide) {
			call(post("/api/v1/employees"), token, register).andExpect(status().isForbidden());
			call(put("/api/v1/employees/" + nip), token, update).andExpect(status().isForbidden());
			call(post("/api/v1/employees/" + nip + "/assignments"), token, assign).andExpect(status().isForbidden());
			call(post("/api/v1/employees/" + nip + "/supervisor-override"), token, override)
				.andExpect(status().isForbidden());
			call(post("/api/v1/employees/" + nip + "/leave"), token, leave).andExpect(status().isForbidden());
			long assignment = this.jdbc.sql("SELECT id FROM assignment WHERE employee_id = ?")
				.param(this.fixture.staff2.getId())
				.query(Long.class)
				.single();
			call(post("/api/v1/employees/" + nip + "/assignments/" + assignment + "/end"), token, """
					{"endDate": "2026-01-31"}
					""").andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/employees/" + nip).header("Authorization", this.admin))
			.andExpect(jsonPath("$.name", not(containsString("Diubah"))))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

}

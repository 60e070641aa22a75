package id.kinerja.agency.web;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.StructureFixture;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit and post writes of the API: what Admin BKPSDM may do, what Admin OPD may do
 * inside and outside its subtree, and what everyone else is refused.
 */
@DemoAgencyTest
class StructureApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UnitService units;

	@Autowired
	PositionService positions;

	@Autowired
	AgencyRepository agencies;

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

	@Test
	void createsRenamesMovesAndClosesAUnit() throws Exception {
		String code = this.fixture.code + ".BARU";
		call(post("/api/v1/units"), this.admin, """
				{"code": "%s", "name": "Bidang Baru", "abbreviation": "Bid. Baru", "parentCode": "%s"}
				""".formatted(code, this.fixture.code)).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/units/" + code))
			.andExpect(jsonPath("$.parentCode").value(this.fixture.code))
			.andExpect(jsonPath("$.version").value(0));
		call(put("/api/v1/units/" + code), this.admin, """
				{"name": "Bidang Pelayanan", "abbreviation": "", "version": 0}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Bidang Pelayanan"))
			.andExpect(jsonPath("$.abbreviation").isEmpty())
			.andExpect(jsonPath("$.version").value(1));
		call(put("/api/v1/units/" + code), this.admin, """
				{"name": "Nama Lama", "version": 0}
				""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("diubah oleh orang lain")));
		call(post("/api/v1/units/" + code + "/move"), this.admin, """
				{"parentCode": "%s", "version": 1}
				""".formatted(this.fixture.bidang.getCode())).andExpect(status().isOk())
			.andExpect(jsonPath("$.parentCode").value(this.fixture.bidang.getCode()));
		call(post("/api/v1/units/" + code + "/close"), this.admin, """
				{"closedOn": "2026-06-30", "reason": "Digabung ke Bidang Uji", "version": 2}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value("2026-06-30"))
			.andExpect(jsonPath("$.closedReason").value("Digabung ke Bidang Uji"));
		this.mvc.perform(get("/api/v1/units").header("Authorization", this.admin))
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].closed").value(hasItem(true)));
	}

	@Test
	void describesEveryWriteInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}/move'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}/close'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/positions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/positions/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}/assignments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}/assignments/{id}/end'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}/leave'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}/supervisor-override'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employees/{nip}/history'].get").exists());
	}

	@Test
	void refusesToMoveAUnitUnderItself() throws Exception {
		call(post("/api/v1/units/" + this.fixture.code + "/move"), this.admin, """
				{"parentCode": "%s"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("berada di bawah " + this.fixture.code + " sendiri")));
	}

	@Test
	void refusesToCloseAUnitWithOpenSubUnits() throws Exception {
		call(post("/api/v1/units/" + this.fixture.code + "/close"), this.admin, """
				{"closedOn": "2026-06-30", "reason": "Dihapus"}
				""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("unit yang aktif")));
	}

	@Test
	void namesEveryInvalidFieldInTheCallersLanguage() throws Exception {
		call(post("/api/v1/units"), this.admin, """
				{"code": "bad code!", "name": ""}
				""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItems("code", "name")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Nama wajib diisi.")));
		this.mvc
			.perform(post("/api/v1/units/" + this.fixture.code + "/close").header("Authorization", this.admin)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("closedOn", "reason")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Enter the closing date.")));
		call(post("/api/v1/positions"), this.admin, """
				{"unitCode": "%s"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("name", "positionType")));
	}

	@Test
	void createsAndRedefinesAPost() throws Exception {
		String created = call(post("/api/v1/positions"), this.admin, """
				{"unitCode": "%s", "name": "Pranata Komputer Ahli Pertama", "positionType": "FUNGSIONAL",
				 "jenjang": "AHLI_PERTAMA", "reportsToId": %d, "headsUnit": false}
				""".formatted(this.fixture.seksi.getCode(), this.fixture.kasiPost.getId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(this.fixture.seksi.getCode()))
			.andExpect(jsonPath("$.jenjang").value("AHLI_PERTAMA"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		call(put("/api/v1/positions/" + id), this.admin, """
				{"unitCode": "%s", "name": "Pranata Komputer Ahli Muda", "positionType": "FUNGSIONAL",
				 "jenjang": "AHLI_MUDA", "reportsToId": %d, "headsUnit": false, "version": 0}
				""".formatted(this.fixture.bidang.getCode(), this.fixture.kabidPost.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value(this.fixture.bidang.getCode()))
			.andExpect(jsonPath("$.name").value("Pranata Komputer Ahli Muda"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/positions/" + id).header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportsToId").value(this.fixture.kabidPost.getId()));
	}

	@Test
	void refusesACycleAMissingLevelAndASecondHead() throws Exception {
		call(put("/api/v1/positions/" + this.fixture.kadisPost.getId()), this.admin, """
				{"unitCode": "%s", "name": "Kepala Dinas Uji", "positionType": "JPT_PRATAMA",
				 "reportsToId": %d, "headsUnit": true}
				""".formatted(this.fixture.code, this.fixture.staff1Post.getId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("lingkaran")));
		call(post("/api/v1/positions"), this.admin, """
				{"unitCode": "%s", "name": "Analis", "positionType": "FUNGSIONAL"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("wajib memiliki jenjang")));
		call(post("/api/v1/positions"), this.admin, """
				{"unitCode": "%s", "name": "Kepala Seksi Kedua", "positionType": "PENGAWAS", "headsUnit": true}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Kepala Seksi Uji")));
	}

	@Test
	void letsAnAdminOpdChangeItsOwnSubtree() throws Exception {
		String opd = token(this.fixture.adminOpd);
		call(post("/api/v1/units"), opd, """
				{"code": "%s", "name": "Seksi Baru", "parentCode": "%s"}
				""".formatted(this.fixture.code + ".B.BARU", this.fixture.bidang.getCode()))
			.andExpect(status().isCreated());
		call(put("/api/v1/units/" + this.fixture.seksi.getCode()), opd, """
				{"name": "Seksi Berganti Nama"}
				""").andExpect(status().isOk());
		call(post("/api/v1/units/" + this.fixture.seksi.getCode() + "/move"), opd, """
				{"parentCode": "%s"}
				""".formatted(this.fixture.bidangKosong.getCode())).andExpect(status().isOk());
		call(post("/api/v1/positions"), opd, """
				{"unitCode": "%s", "name": "Pengelola Barang", "positionType": "PELAKSANA", "reportsToId": %d}
				""".formatted(this.fixture.seksi.getCode(), this.fixture.kasiPost.getId()))
			.andExpect(status().isCreated());
	}

	@Test
	void forbidsAnAdminOpdEverythingOutsideItsSubtree() throws Exception {
		String opd = token(this.fixture.adminOpd);
		call(post("/api/v1/units"), opd, """
				{"code": "LUAR-%s", "name": "Unit Luar", "parentCode": "SETDA"}
				""".formatted(this.fixture.code)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Admin Kepegawaian OPD")));
		call(post("/api/v1/units"), opd, """
				{"code": "PUNCAK-%s", "name": "Unit Puncak"}
				""".formatted(this.fixture.code)).andExpect(status().isForbidden());
		call(put("/api/v1/units/SETDA"), opd, """
				{"name": "Sekretariat"}
				""").andExpect(status().isForbidden());
		call(post("/api/v1/units/SETDA/move"), opd, """
				{"parentCode": "%s"}
				""".formatted(this.fixture.code)).andExpect(status().isForbidden());
		call(post("/api/v1/units/" + this.fixture.bidang.getCode() + "/move"), opd, """
				{"parentCode": "SETDA"}
				""").andExpect(status().isForbidden());
		call(post("/api/v1/units/" + this.fixture.code + "/move"), opd, """
				{"parentCode": null}
				""").andExpect(status().isForbidden());
		call(post("/api/v1/units/DISKOMINFO/close"), opd, """
				{"closedOn": "2026-06-30", "reason": "Tidak boleh"}
				""").andExpect(status().isForbidden());
		long setda = this.units.require(this.fixture.agencyId, "SETDA").getId();
		Position outside = this.positions.create(this.fixture.agencyId, setda, "Asisten Uji", PositionType.JPT_PRATAMA,
				null, null, false);
		call(post("/api/v1/positions"), opd, """
				{"unitCode": "SETDA", "name": "Analis", "positionType": "PELAKSANA"}
				""").andExpect(status().isForbidden());
		call(put("/api/v1/positions/" + outside.getId()), opd, """
				{"unitCode": "SETDA", "name": "Asisten Diubah", "positionType": "JPT_PRATAMA"}
				""").andExpect(status().isForbidden());
		call(put("/api/v1/positions/" + this.fixture.staff1Post.getId()), opd, """
				{"unitCode": "SETDA", "name": "Pindah Keluar", "positionType": "PELAKSANA"}
				""").andExpect(status().isForbidden());
	}

	@Test
	void forbidsStructureWritesToAnAuditorAndToAnEmployee() throws Exception {
		String body = """
				{"code": "X-%s", "name": "Unit X", "parentCode": "%s"}
				""".formatted(this.fixture.code, this.fixture.code);
		call(post("/api/v1/units"), TestSignIn.bearer(this.mvc, "auditor"), body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		String employee = token(this.fixture.staff1.getNip());
		call(post("/api/v1/units"), employee, body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("Admin BKPSDM")));
		call(put("/api/v1/units/" + this.fixture.seksi.getCode()), employee, """
				{"name": "Diubah Pegawai"}
				""").andExpect(status().isForbidden());
		call(post("/api/v1/units/" + this.fixture.seksi.getCode() + "/close"), employee, """
				{"closedOn": "2026-06-30", "reason": "Tidak boleh"}
				""").andExpect(status().isForbidden());
		call(put("/api/v1/positions/" + this.fixture.staff1Post.getId()), TestSignIn.bearer(this.mvc, "auditor"), """
				{"unitCode": "%s", "name": "Diubah", "positionType": "PELAKSANA"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isForbidden());
		call(put("/api/v1/positions/" + this.fixture.staff1Post.getId()), employee, """
				{"unitCode": "%s", "name": "Diubah", "positionType": "PELAKSANA"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isForbidden());
	}

	@Test
	void forbidsAnotherAgencysAdminAndFindsNoneOfOurUnits() throws Exception {
		String other = token(this.fixture.otherAdmin);
		call(put("/api/v1/positions/" + this.fixture.staff1Post.getId()), other, """
				{"unitCode": "%s", "name": "Diubah", "positionType": "PELAKSANA"}
				""".formatted(this.fixture.seksi.getCode())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("Admin BKPSDM")));
		this.mvc.perform(get("/api/v1/positions/" + this.fixture.staff1Post.getId()).header("Authorization", other))
			.andExpect(status().isForbidden());
		// Unit codes are looked up inside the caller's own agency: ours do not exist
		// there.
		call(put("/api/v1/units/" + this.fixture.code), other, """
				{"name": "Diambil Alih"}
				""").andExpect(status().isNotFound());
		call(post("/api/v1/units"), other, """
				{"code": "ANAK", "name": "Anak", "parentCode": "%s"}
				""".formatted(this.fixture.code)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/units/" + this.fixture.code).header("Authorization", other))
			.andExpect(status().isNotFound());
	}

}

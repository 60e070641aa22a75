package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeService;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.StructureFixture;
import id.kinerja.shared.Nip;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation pages and their forms through MockMvc with a real sign-in: what each
 * role sees, the htmx fragments, the form errors next to their fields, and the refusals.
 */
@DemoAgencyTest
class OrganisationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UnitService units;

	@Autowired
	EmployeeService employeeService;

	@Autowired
	EmployeeRepository employees;

	StructureFixture fixture;

	@BeforeEach
	void buildADinas() {
		this.fixture = StructureFixture.build(this.context);
	}

	Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	Cookie admin() throws Exception {
		return signIn("admin", DemoAgencyTest.PASSWORD);
	}

	Cookie staff() throws Exception {
		return signIn(this.fixture.staff1.getNip(), StructureFixture.PASSWORD);
	}

	@Test
	void showsTheUnitTreeWithHeadCountsAndClosedUnitsMuted() throws Exception {
		Unit closed = this.units.create(this.fixture.agencyId, this.fixture.code + ".TUTUP", "Seksi Lama", null,
				this.fixture.bidang.getCode());
		this.units.close(this.fixture.agencyId, closed.getCode(), LocalDate.of(2025, 12, 31), "Digabung");
		this.mvc.perform(get("/units").cookie(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.fixture.dinas.getName())))
			.andExpect(content().string(containsString("2 pegawai, 6 dengan sub-unit")))
			.andExpect(content().string(containsString("Ditutup 31-12-2025")))
			.andExpect(content().string(containsString("unit-closed")))
			.andExpect(content().string(containsString("id=\"nav-units\"")))
			.andExpect(content().string(not(containsString("id=\"new-unit\""))));
		this.mvc.perform(get("/units").cookie(admin())).andExpect(content().string(containsString("id=\"new-unit\"")));
	}

	@Test
	void filtersTheTreeAsOneTypes() throws Exception {
		this.mvc
			.perform(
					get("/units").param("q", this.fixture.seksi.getName()).header("HX-Request", "true").cookie(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"unit-tree\"")))
			.andExpect(content().string(containsString(this.fixture.seksi.getName())))
			.andExpect(content().string(containsString(this.fixture.dinas.getName())))
			.andExpect(content().string(not(containsString(this.fixture.bidangKosong.getName()))));
		this.mvc.perform(get("/units").param("q", "tidak-ada-unit-seperti-ini").cookie(staff()))
			.andExpect(content().string(containsString("id=\"unit-no-match\"")));
	}

	@Test
	void showsAUnitWithItsPostsAndHighlightsAVacantHeadWithoutActingHolder() throws Exception {
		Cookie session = staff();
		String page = "/units/" + this.fixture.bidangKosong.getCode();
		this.mvc.perform(get(page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vacant-head")))
			.andExpect(content().string(containsString("Lowong, belum ada Plt./Plh.")))
			.andExpect(content().string(containsString("Melapor kepada")))
			.andExpect(content().string(containsString("Kepala Dinas Uji")))
			.andExpect(content().string(not(containsString("id=\"unit-actions\""))));
		this.employeeService.assign(this.fixture.agencyId, this.fixture.analis.getId(),
				this.fixture.vacantHeadPost.getId(), AssignmentKind.PLT, LocalDate.of(2025, 1, 1), null, null);
		this.mvc.perform(get(page).cookie(session))
			.andExpect(content().string(not(containsString("vacant-head"))))
			.andExpect(content().string(containsString("Plt.")))
			.andExpect(content().string(containsString(this.fixture.analis.getFullName())));
		this.mvc.perform(get("/units/" + this.fixture.seksi.getCode()).cookie(admin()))
			.andExpect(content().string(containsString(this.fixture.staff1.getFullName())))
			.andExpect(content().string(containsString("id=\"unit-actions\"")));
	}

	@Test
	void searchesEmployeesLiveAndShowsResultsAsCards() throws Exception {
		Cookie session = staff();
		this.mvc
			.perform(get("/employees").param("q", this.fixture.staff2.getName())
				.header("HX-Request", "true")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("table-stack")))
			.andExpect(content().string(containsString("data-label=\"NIP\"")))
			.andExpect(content().string(containsString(this.fixture.staff2.getNip())))
			.andExpect(content().string(containsString("1 pegawai ditemukan")));
		this.mvc.perform(get("/employees").param("unit", this.fixture.seksi.getCode()).cookie(session))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("3 pegawai ditemukan")))
			.andExpect(content().string(not(containsString("id=\"new-employee\""))));
	}

	@Test
	void showsPersonalDataOnlyToThoseWhoMayReadIt() throws Exception {
		Cookie session = staff();
		this.mvc.perform(get("/employees/" + this.fixture.staff1.getNip()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"employee-personal\"")))
			.andExpect(content().string(containsString("id=\"history-table\"")))
			.andExpect(content().string(containsString("Atasan Pejabat Penilai Kinerja")))
			.andExpect(content().string(containsString(this.fixture.kasi.getFullName())))
			.andExpect(content().string(containsString(this.fixture.kabid.getFullName())))
			.andExpect(content().string(not(containsString("id=\"employee-actions\""))));
		this.mvc.perform(get("/employees/" + this.fixture.kabid.getNip()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-private\"")))
			.andExpect(content().string(not(containsString("id=\"history-table\""))))
			.andExpect(content().string(not(containsString("id=\"employee-personal\""))))
			.andExpect(content().string(containsString(this.fixture.kasi.getFullName())));
		this.mvc.perform(get("/employees/" + this.fixture.kadis.getNip()).cookie(admin()))
			.andExpect(content().string(containsString("id=\"employee-actions\"")))
			.andExpect(content().string(containsString("Kepala Daerah")));
	}

	@Test
	void movesTheOrganisationChartAroundWithHtmx() throws Exception {
		Cookie session = staff();
		this.mvc.perform(get("/org").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"org-person\"")))
			.andExpect(content().string(containsString(this.fixture.staff1.getFullName())))
			.andExpect(content().string(containsString("data-nip=\"" + this.fixture.kasi.getNip() + "\"")));
		this.mvc
			.perform(get("/org").param("nip", this.fixture.kasi.getNip()).header("HX-Request", "true").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"org-chart\"")))
			.andExpect(content().string(containsString("Bawahan langsung (2)")))
			.andExpect(content().string(containsString("data-nip=\"" + this.fixture.kabid.getNip() + "\"")));
		this.mvc.perform(get("/org").cookie(admin()))
			.andExpect(content().string(containsString("org-head-box")))
			.andExpect(content().string(containsString("data-nip=\"" + this.fixture.kadis.getNip() + "\"")));
	}

	@Test
	void createsAUnitThroughTheFormAndShowsErrorsNextToTheirFields() throws Exception {
		Cookie session = admin();
		this.mvc.perform(get("/units/new").param("parent", this.fixture.code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc
			.perform(post("/units/new").param("code", "")
				.param("name", "")
				.param("parentCode", this.fixture.code)
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("Kode unit wajib diisi.")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/units/new").param("code", this.fixture.bidang.getCode())
				.param("name", "Bidang Kembar")
				.param("parentCode", this.fixture.code)
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("sudah dipakai")));
		String code = this.fixture.code + ".HUMAS";
		this.mvc
			.perform(post("/units/new").param("code", code)
				.param("name", "Subbagian Humas")
				.param("parentCode", this.fixture.code)
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/units/" + code))
			.andExpect(flash().attribute("notice", "agency.unit.saved.created"));
		assertThat(this.units.require(this.fixture.agencyId, code).getParentId()).isEqualTo(this.fixture.dinas.getId());
	}

	@Test
	void tellsClearlyWhenSomeoneElseChangedTheUnitFirst() throws Exception {
		Cookie session = admin();
		String url = "/units/" + this.fixture.seksi.getCode() + "/edit";
		this.mvc.perform(get(url).cookie(session))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(post(url).param("name", "Seksi Satu").param("version", "0").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/units/" + this.fixture.seksi.getCode()));
		this.mvc.perform(post(url).param("name", "Seksi Dua").param("version", "0").with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("diubah oleh orang lain")));
		assertThat(this.units.require(this.fixture.agencyId, this.fixture.seksi.getCode()).getName())
			.isEqualTo("Seksi Satu");
	}

	@Test
	void movesAndClosesAUnitThroughTheForms() throws Exception {
		Cookie session = admin();
		String url = "/units/" + this.fixture.seksi.getCode();
		this.mvc
			.perform(post(url + "/move").param("parentCode", this.fixture.seksi.getCode())
				.param("version", "0")
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"parentCode-error\"")));
		this.mvc
			.perform(post(url + "/move").param("parentCode", this.fixture.bidangKosong.getCode())
				.param("version", "0")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl(url));
		this.mvc.perform(post(url + "/close").param("version", "1").with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal penutupan wajib diisi.")))
			.andExpect(content().string(containsString("Alasan wajib diisi.")));
		this.mvc
			.perform(post(url + "/close").param("closedOn", "2026-06-30")
				.param("reason", "Perampingan")
				.param("version", "1")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl(url));
		this.mvc.perform(get(url).cookie(session))
			.andExpect(content().string(containsString("id=\"unit-closed\"")))
			.andExpect(content().string(containsString("Perampingan")));
	}

	@Test
	void createsAPostAndPutsALevelErrorNextToItsField() throws Exception {
		Cookie session = admin();
		this.mvc.perform(get("/positions/new").param("unit", this.fixture.seksi.getCode()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<option value=\"" + this.fixture.kasiPost.getId() + "\" selected=\"selected\">Kepala Seksi Uji")));
		this.mvc
			.perform(post("/positions/new").param("unitCode", this.fixture.seksi.getCode())
				.param("name", "Pranata Komputer")
				.param("positionType", "FUNGSIONAL")
				.param("jenjang", "")
				.param("reportsToId", String.valueOf(this.fixture.kasiPost.getId()))
				.param("unit", this.fixture.seksi.getCode())
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"jenjang-error\"")))
			.andExpect(content().string(containsString("wajib memiliki jenjang")));
		this.mvc
			.perform(post("/positions/new").param("unitCode", this.fixture.seksi.getCode())
				.param("name", "Pranata Komputer")
				.param("positionType", "FUNGSIONAL")
				.param("jenjang", "AHLI_PERTAMA")
				.param("reportsToId", String.valueOf(this.fixture.kasiPost.getId()))
				.param("_headsUnit", "on")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/units/" + this.fixture.seksi.getCode()));
		this.mvc.perform(get("/positions/options").param("unit", this.fixture.seksi.getCode()).cookie(session))
			.andExpect(content().string(containsString("Pranata Komputer")))
			.andExpect(content().string(containsString("Lowong")));
	}

	@Test
	void registersAnEmployeeThroughTheFormWithALiveNipCheck() throws Exception {
		Cookie session = admin();
		this.mvc.perform(get("/employees/nip-check").param("nip", "19851332").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NIP tidak valid.")))
			.andExpect(content().string(containsString("18 angka")));
		String nip = StructureFixture.nextNip();
		this.mvc.perform(get("/employees/nip-check").param("nip", nip).cookie(session))
			.andExpect(content().string(containsString("NIP valid.")))
			.andExpect(content().string(containsString("PNS")))
			.andExpect(content().string(containsString("Laki-laki")));
		this.mvc.perform(get("/employees/nip-check").param("nip", this.fixture.staff1.getNip()).cookie(session))
			.andExpect(content().string(containsString("sudah terdaftar")));
		this.mvc.perform(get("/employees/golongan-options").param("asnType", "PPPK").cookie(session))
			.andExpect(content().string(allOf(containsString("XVII"), not(containsString("III/a")))));
		LocalDate born = Nip.check(nip).nip().birthDate();
		this.mvc
			.perform(post("/employees/new").param("nip", nip)
				.param("name", "Rina Marlina")
				.param("sex", "P")
				.param("birthDate", born.toString())
				.param("asnType", "PNS")
				.param("golongan", "III/a")
				.param("positionId", String.valueOf(this.fixture.vacantStaffPost.getId()))
				.param("startDate", "2026-01-02")
				.param("unit", this.fixture.bidangKosong.getCode())
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sex-error\"")))
			.andExpect(content().string(containsString("Jenis kelamin tidak sesuai dengan NIP")))
			.andExpect(content().string(containsString("Penata Laporan")));
		this.mvc
			.perform(post("/employees/new").param("nip", nip)
				.param("name", "Rino Marlino")
				.param("backTitle", "S.H.")
				.param("sex", "L")
				.param("birthDate", born.toString())
				.param("asnType", "PNS")
				.param("golongan", "III/a")
				.param("positionId", String.valueOf(this.fixture.vacantStaffPost.getId()))
				.param("startDate", "2026-01-02")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/employees/" + nip));
		this.mvc.perform(get("/employees/" + nip).cookie(session))
			.andExpect(content().string(containsString("Rino Marlino, S.H. telah didaftarkan.")))
			.andExpect(content().string(containsString("Penata Laporan")));
	}

	@Test
	void appointsAPltAndRecordsARetirementThroughTheForms() throws Exception {
		Cookie session = admin();
		this.mvc
			.perform(get("/assignments/new").param("position", String.valueOf(this.fixture.vacantHeadPost.getId()))
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepala Bidang Kosong")));
		this.mvc
			.perform(post("/assignments/new").param("nip", "199999999999999999")
				.param("positionId", String.valueOf(this.fixture.vacantHeadPost.getId()))
				.param("kind", "PLT")
				.param("startDate", "2025-01-01")
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nip-error\"")));
		this.mvc
			.perform(post("/assignments/new").param("nip", this.fixture.analis.getNip())
				.param("positionId", String.valueOf(this.fixture.vacantHeadPost.getId()))
				.param("kind", "PLT")
				.param("startDate", "2025-01-01")
				.param("note", "Sprint 3/2025")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/units/" + this.fixture.bidangKosong.getCode()));
		this.mvc
			.perform(post("/employees/" + this.fixture.staff2.getNip() + "/leave").param("status", "RETIRED")
				.param("lastDay", "2026-01-31")
				.param("version", "0")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/employees/" + this.fixture.staff2.getNip()));
		assertThat(this.employees.findById(this.fixture.staff2.getId()).orElseThrow().getStatus())
			.isEqualTo(EmployeeStatus.RETIRED);
		this.mvc
			.perform(post("/employees/" + this.fixture.staff1.getNip() + "/supervisor").param("supervisorNip", "")
				.param("startDate", "2025-01-01")
				.param("reason", "Tanpa nama")
				.with(csrf())
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"supervisorNip-error\"")));
	}

	@Test
	void hidesTheFormsFromEmployeesAndRefusesTheirPosts() throws Exception {
		Cookie session = staff();
		String nip = this.fixture.staff2.getNip();
		for (String page : new String[] { "/units/new", "/units/" + this.fixture.seksi.getCode() + "/edit",
				"/units/" + this.fixture.seksi.getCode() + "/move", "/units/" + this.fixture.seksi.getCode() + "/close",
				"/positions/new", "/positions/" + this.fixture.staff1Post.getId() + "/edit", "/employees/new",
				"/employees/" + nip + "/edit", "/employees/" + nip + "/leave", "/employees/" + nip + "/supervisor",
				"/assignments/new" }) {
			this.mvc.perform(get(page).cookie(session)).andExpect(status().isForbidden());
			this.mvc.perform(post(page).param("name", "x").with(csrf()).cookie(session))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/employees/" + nip).cookie(session))
			.andExpect(content().string(not(containsString("id=\"employee-actions\""))));
	}

	@Test
	void refusesAuditorAndAdminOpdOutsideItsUnits() throws Exception {
		Cookie auditor = signIn("auditor", DemoAgencyTest.PASSWORD);
		this.mvc.perform(get("/units/" + this.fixture.seksi.getCode()).cookie(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"unit-actions\""))));
		this.mvc.perform(get("/units/new").cookie(auditor)).andExpect(status().isForbidden());
		this.mvc.perform(post("/units/new").param("code", "AUD").param("name", "Audit").with(csrf()).cookie(auditor))
			.andExpect(status().isForbidden());
		Cookie opd = signIn(this.fixture.adminOpd, StructureFixture.PASSWORD);
		this.mvc.perform(get("/units/" + this.fixture.seksi.getCode() + "/edit").cookie(opd))
			.andExpect(status().isOk());
		this.mvc.perform(get("/units/SETDA/edit").cookie(opd)).andExpect(status().isForbidden());
		this.mvc.perform(post("/units/SETDA/edit").param("name", "Diambil").with(csrf()).cookie(opd))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/units/new").param("code", "LUAR-" + this.fixture.code)
				.param("name", "Unit Luar")
				.param("parentCode", "SETDA")
				.with(csrf())
				.cookie(opd))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/units/SETDA").cookie(opd))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"unit-actions\""))));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		Cookie session = staff();
		this.mvc.perform(get("/units").param("lang", "en").cookie(session))
			.andExpect(content().string(containsString("Units (Unit Kerja)")))
			.andExpect(content().string(containsString("2 employees, 6 with sub-units")));
		this.mvc.perform(get("/units/nope-" + this.fixture.code).cookie(session)).andExpect(status().isNotFound());
	}

}

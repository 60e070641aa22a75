package id.kinerja.employee.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeService;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.Nip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every rule of the employee file: a file with a row per broken rule, and focused files
 * for the rules that need the database in a particular state.
 */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class EmployeeImportRulesIntegrationTests {

	static final String[] TABLES = { "employee", "job_position", "assignment", "user_account", "role_grant",
			"audit_record", "unit" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UnitService units;

	@Autowired
	PositionService positions;

	@Autowired
	EmployeeService employees;

	ImportApi api;

	@BeforeEach
	void baseStructure() throws Exception {
		this.api = new ImportApi(this.mvc);
		ImportFixture.ensure(this.api);
	}

	/** A row and the one error it must cause. */
	record Case(TestEmployees.Line line, String column, String key, Object... args) {
	}

	static TestEmployees.Line staff() {
		return TestEmployees.line(TestEmployees.nip('1'), "Pegawai Uji", "DINUJI.BID1", ImportFixture.KABID);
	}

	static TestEmployees.Line staff(String nip) {
		return TestEmployees.line(nip, "Pegawai Uji", "DINUJI.BID1", ImportFixture.KABID);
	}

	@Test
	void listsEveryBadRowWithLineColumnAndIndonesianMessageAndWritesNothing() throws Exception {
		String male = TestEmployees.nip('1');
		String duplicated = TestEmployees.nip('1');
		String pppk = TestEmployees.pppkNip('2');
		String self = TestEmployees.nip('1');
		String valid = TestEmployees.nip('1');
		List<Case> cases = new ArrayList<>();
		cases.add(new Case(staff().with("nip", ""), "nip", "employee.import.nip.required"));
		cases.add(new Case(staff().with("nip", "12345"), "nip", "shared.nip.format"));
		cases.add(new Case(staff().with("nip", "1.98501E+17"), "nip", "shared.nip.spreadsheet"));
		cases.add(new Case(staff().with("nip", "198513012010011001"), "nip", "shared.nip.birth-date"));
		cases.add(new Case(staff().with("nip", valid.substring(0, 14) + "3" + valid.substring(15)), "nip",
				"shared.nip.sex"));
		cases.add(new Case(staff().with("nip", valid.substring(0, 15) + "000"), "nip", "shared.nip.sequence"));
		cases.add(new Case(staff(duplicated), null, null));
		cases.add(new Case(staff(duplicated), "nip", "employee.import.nip.duplicate", duplicated, 8));
		cases.add(new Case(staff().with("nama", ""), "nama", "employee.import.name.required"));
		cases.add(new Case(staff().with("nama", "Budi 123"), "nama", "employee.import.name.chars"));
		cases.add(new Case(staff().with("nama", "A".repeat(201)), "nama", "employee.import.name.size", 200));
		cases.add(new Case(staff().with("gelar_depan", "Dr.<b>"), "gelar_depan", "employee.import.title.chars"));
		cases.add(new Case(staff().with("gelar_belakang", "S".repeat(121)), "gelar_belakang",
				"employee.import.title.size", 120));
		cases.add(new Case(staff().with("jenis_kelamin", ""), "jenis_kelamin", "employee.import.sex.required"));
		cases.add(new Case(staff().with("jenis_kelamin", "X"), "jenis_kelamin", "employee.import.sex.invalid", "X"));
		cases.add(
				new Case(staff(male).with("jenis_kelamin", "P"), "jenis_kelamin", "employee.import.sex.nip", "P", "L"));
		cases.add(new Case(staff().with("tanggal_lahir", ""), "tanggal_lahir", "employee.import.birth-date.required"));
		cases.add(new Case(staff().with("tanggal_lahir", "1980-13-01"), "tanggal_lahir",
				"employee.import.birth-date.invalid", "1980-13-01"));
		TestEmployees.Line wrongBirth = staff();
		String birth = wrongBirth.values.get("tanggal_lahir");
		String otherBirth = LocalDate.parse(birth).plusDays(1).toString();
		cases.add(new Case(wrongBirth.with("tanggal_lahir", otherBirth), "tanggal_lahir",
				"employee.import.birth-date.nip", otherBirth, birth));
		cases.add(new Case(staff().with("jenis_asn", ""), "jenis_asn", "employee.import.asn-type.required"));
		cases.add(new Case(staff().with("jenis_asn", "CPNS"), "jenis_asn", "employee.import.asn-type.invalid", "CPNS"));
		cases.add(new Case(staff().with("jenis_asn", "PPPK").with("golongan", "IX"), "jenis_asn",
				"employee.import.asn-type.nip", "PPPK", "PNS"));
		cases.add(new Case(staff().with("golongan", ""), "golongan", "employee.import.golongan.required"));
		cases.add(new Case(staff().with("golongan", "V/a"), "golongan", "employee.import.golongan.pns", "V/a"));
		cases
			.add(new Case(staff(pppk).with("golongan", "III/a"), "golongan", "employee.import.golongan.pppk", "III/a"));
		cases.add(new Case(staff().with("jabatan", ""), "jabatan", "employee.import.position-name.required"));
		cases.add(new Case(staff().with("jabatan", "J".repeat(301)), "jabatan", "employee.import.position-name.size",
				300));
		cases.add(
				new Case(staff().with("jenis_jabatan", ""), "jenis_jabatan", "employee.import.position-type.required"));
		cases.add(new Case(staff().with("jenis_jabatan", "KEPALA"), "jenis_jabatan",
				"employee.import.position-type.invalid", "KEPALA"));
		cases.add(new Case(staff().with("jenis_jabatan", "FUNGSIONAL"), "jenjang", "employee.import.jenjang.required"));
		cases.add(new Case(staff().with("jenis_jabatan", "FUNGSIONAL").with("jenjang", "AHLI"), "jenjang",
				"employee.import.jenjang.invalid", "AHLI"));
		cases.add(new Case(staff().with("jenjang", "AHLI_MUDA"), "jenjang", "employee.import.jenjang.not-allowed",
				"PELAKSANA"));
		cases.add(new Case(staff().with("kode_unit", ""), "kode_unit", "employee.import.unit.required"));
		cases.add(new Case(staff().with("kode_unit", "NOPE"), "kode_unit", "employee.import.unit.not-found", "NOPE"));
		String stranger = TestEmployees.nip('2');
		cases.add(new Case(staff().with("nip_atasan", stranger), "nip_atasan", "employee.import.supervisor.not-found",
				stranger));
		cases
			.add(new Case(staff().with("nip_atasan", "123"), "nip_atasan", "employee.import.supervisor.format", "123"));
		cases.add(new Case(staff().with("nip_atasan", "1.98501E+17"), "nip_atasan", "shared.nip.spreadsheet"));
		cases.add(new Case(staff(self).with("nip_atasan", self), "nip_atasan", "employee.import.supervisor.self"));
		cases.add(new Case(staff().with("nip_atasan", ""), "nip_atasan", "employee.import.supervisor.head-exists",
				ImportFixture.SEKDA));
		cases.add(new Case(staff().with("email", "bukan-surel"), "email", "employee.import.email.invalid",
				"bukan-surel"));
		cases.add(new Case(staff().with("telepon", "12ab"), "telepon", "employee.import.phone.invalid", "12ab"));
		String first = TestEmployees.nip('1');
		String second = TestEmployees.nip('2');
		cases.add(new Case(staff(first).with("nip_atasan", second), "nip_atasan", "employee.import.supervisor.cycle",
				second));
		cases.add(new Case(staff(second).with("nip_atasan", first), "nip_atasan", "employee.import.supervisor.cycle",
				first));
		List<TestEmployees.Line> lines = cases.stream().map(Case::line).toList();
		long[] before = counts();
		MvcResult result = this.api.employees("admin", TestEmployees.csv(lines))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.title").value("Data tidak dapat diproses"))
			.andReturn();
		List<ImportApi.Error> expected = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			if (c.key() != null) {
				expected.add(new ImportApi.Error(i + 2, c.column(), message(c.key(), c.args())));
			}
		}
		assertThat(ImportApi.errors(result)).containsExactlyElementsOf(expected);
		assertThat(ImportApi.json(result).get("detail"))
			.isEqualTo("Berkas tidak diterapkan karena ada " + expected.size()
					+ " kesalahan. Tidak ada data yang diubah; perbaiki baris yang disebutkan lalu unggah lagi.");
		assertThat(ImportApi.errors(result)).contains(new ImportApi.Error(3, "nip", "NIP harus terdiri atas 18 angka."),
				new ImportApi.Error(4, "nip", "NIP terbaca sebagai angka ilmiah (mis. 1.98501E+17) karena diubah oleh "
						+ "aplikasi lembar kerja. Format kolom NIP sebagai teks lalu ketik ulang."));
		assertThat(counts()).containsExactly(before);
	}

	@Test
	void messagesFollowAcceptLanguage() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/employees")
				.file(new MockMultipartFile("file", "e.csv", "text/csv", TestEmployees.csv(staff().with("nip", "12"))))
				.header(HttpHeaders.AUTHORIZATION, this.api.bearer("admin"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("nip"))
			.andExpect(jsonPath("$.errors[0].message").value("An NIP has exactly 18 digits."));
	}

	@Test
	void namesUnknownAndMissingHeaders() throws Exception {
		String header = String.join(",", TestEmployees.HEADER.replace("nip,nama", "nipp,nama").split(","));
		MvcResult result = this.api.employees("admin", (header + ",nama\n").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(1, "nipp",
						message("employee.import.header.unknown", "nipp",
								String.join(", ", EmployeeImportService.HEADERS))),
				new ImportApi.Error(1, "nama", "Kolom \"nama\" muncul lebih dari sekali di baris judul."),
				new ImportApi.Error(1, "nip", "Kolom \"nip\" tidak ada di baris judul."));
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		MvcResult result = this.api.employees("admin", "\n  \n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result))
			.containsExactly(new ImportApi.Error(1, "", message("employee.import.file.empty")));
	}

	@Test
	void refusesAValueWithoutAColumn() throws Exception {
		byte[] file = (TestEmployees.HEADER + "\n" + staff().csv() + ",extra\n").getBytes(StandardCharsets.UTF_8);
		MvcResult result = this.api.employees("admin", file).andExpect(status().isUnprocessableContent()).andReturn();
		assertThat(ImportApi.errors(result))
			.containsExactly(new ImportApi.Error(2, "", message("employee.import.row.extra-value", 16)));
	}

	@Test
	void onlyOneRowMayLackASupervisor() throws Exception {
		TestEmployees.Line sekda = TestEmployees.line(ImportFixture.SEKDA, "Ahmad Syarifuddin", "SETDA", "")
			.with("golongan", "IV/d")
			.with("jabatan", "Sekretaris Daerah")
			.with("jenis_jabatan", "JPT_MADYA");
		TestEmployees.Line second = staff().with("nip_atasan", "");
		MvcResult result = this.api.employees("admin", TestEmployees.csv(sekda, staff(), second))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(4, "nip_atasan", message("employee.import.supervisor.second-head", 2)));
	}

	@Test
	void refusesALineThatGoesRoundThroughTheDatabase() throws Exception {
		TestEmployees.Line kadis = ImportFixture.LINE[0];
		String original = kadis.values.get("nip_atasan");
		try {
			kadis.with("nip_atasan", ImportFixture.KABID);
			MvcResult result = this.api.employees("admin", TestEmployees.csv(kadis))
				.andExpect(status().isUnprocessableContent())
				.andReturn();
			assertThat(ImportApi.errors(result)).containsExactly(new ImportApi.Error(2, "nip_atasan",
					message("employee.import.supervisor.cycle", ImportFixture.KABID)));
		}
		finally {
			kadis.with("nip_atasan", original);
		}
	}

	@Test
	void refusesNipsOfOtherAgenciesLeaversFuturePostsAndSupervisorsWithoutPost() throws Exception {
		Agency other = this.agencies.save(
				Agency.create("LAIN-" + TestEmployees.nip('1').substring(12), "Pemerintah Lain", AgencyType.KABUPATEN));
		Unit otherUnit = this.units.create(other.getId(), "LAIN", "Unit Lain", null, null);
		String foreign = register(other.getId(), otherUnit, LocalDate.now()).getNip();
		long agency = this.agencies.findByCode("KOTA-CONTOH").orElseThrow().getId();
		Unit unit = this.units.require(agency, "DINUJI.BID2");
		Employee leaver = register(agency, unit, LocalDate.now().minusDays(30));
		this.employees.leave(agency, leaver.getId(), EmployeeStatus.RETIRED, LocalDate.now().minusDays(1));
		Employee future = register(agency, unit, LocalDate.now().plusDays(10));
		Employee idle = register(agency, unit, LocalDate.now().minusDays(30));
		Long idleAssignment = this.jdbc.sql("SELECT id FROM assignment WHERE employee_id = ?")
			.param(idle.getId())
			.query(Long.class)
			.single();
		this.employees.endAssignment(agency, idleAssignment, LocalDate.now().minusDays(1));
		MvcResult result = this.api
			.employees("admin",
					TestEmployees.csv(staff(foreign), staff(leaver.getNip()), staff(future.getNip()),
							staff().with("nip_atasan", idle.getNip())))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(2, "nip", message("employee.import.nip.other-agency", foreign)),
				new ImportApi.Error(3, "nip", message("employee.import.nip.inactive", leaver.getNip())),
				new ImportApi.Error(4, "nip", message("employee.import.assignment.future", future.getNip())),
				new ImportApi.Error(5, "nip_atasan", message("employee.import.supervisor.no-post", idle.getNip())));
	}

	@Test
	void refusesAClosedUnit() throws Exception {
		long agency = this.agencies.findByCode("KOTA-CONTOH").orElseThrow().getId();
		String code = "TUTUP" + TestEmployees.nip('1').substring(15);
		this.units.create(agency, code, "Unit Ditutup", null, null);
		this.units.close(agency, code, LocalDate.now(), "Digabung");
		MvcResult result = this.api.employees("admin", TestEmployees.csv(staff().with("kode_unit", code)))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result))
			.containsExactly(new ImportApi.Error(2, "kode_unit", message("employee.import.unit.closed", code)));
	}

	/**
	 * Register an employee the way other screens will, reporting to the Kepala Bidang
	 * when in the demo agency, so that exports of the shared database still round-trip.
	 */
	private Employee register(long agency, Unit unit, LocalDate from) {
		Long above = (unit.getAgencyId() == agency && unit.getCode().startsWith("DINUJI")) ? this.jdbc.sql("""
				SELECT a.position_id FROM assignment a JOIN employee e ON e.id = a.employee_id
				WHERE e.nip = ? AND a.end_date IS NULL""").param(ImportFixture.KABID).query(Long.class).single() : null;
		Position post = this.positions.create(agency, unit.getId(), "Pelaksana", PositionType.PELAKSANA, null, above,
				false);
		String nip = TestEmployees.nip('1');
		Nip parsed = Nip.check(nip).nip();
		return this.employees.register(agency, nip, new Employee.Details("Pegawai Lain", null, null, "L",
				parsed.birthDate(), Nip.AsnType.PNS, Golongan.III_A, null, null), post.getId(), from);
	}

	private long[] counts() {
		long[] counts = new long[TABLES.length];
		for (int i = 0; i < TABLES.length; i++) {
			counts[i] = this.jdbc.sql("SELECT count(*) FROM " + TABLES[i]).query(Long.class).single();
		}
		return counts;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag("id"));
	}

}

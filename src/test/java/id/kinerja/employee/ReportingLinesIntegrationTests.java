package id.kinerja.employee;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A small line: Sekda, Kepala Dinas, Kepala Bidang, Kepala Seksi, two staff and a
 * functional post, with a vacancy, a Plt, a Plh and an override over time.
 */
@DemoAgencyTest
class ReportingLinesIntegrationTests {

	static final LocalDate D0 = LocalDate.of(2026, 1, 1);

	@Autowired
	UnitService units;

	@Autowired
	PositionService positions;

	@Autowired
	EmployeeService employees;

	@Autowired
	ReportingLines lines;

	@Autowired
	AgencyRepository agencies;

	long agency;

	Position sekdaPost;

	Position kadisPost;

	Position kabidPost;

	Position kasiPost;

	Position staff1Post;

	Employee sekda;

	Employee kadis;

	Employee kabid;

	Employee kasi;

	Employee staff1;

	Employee staff2;

	Employee fungsional;

	Employee plt;

	Assignment kabidAssignment;

	static int sequence = 0;

	static String nextNip() {
		sequence++;
		return String.format("198002%02d2005011%03d", 1 + (sequence % 28), sequence);
	}

	Employee hire(String name, Position post) {
		String nip = nextNip();
		Nip parsed = Nip.check(nip).nip();
		Employee.Details details = new Employee.Details(name, null, null, "L", parsed.birthDate(), Nip.AsnType.PNS,
				Golongan.III_C, null, null);
		return this.employees.register(this.agency, nip, details, post.getId(), D0);
	}

	@BeforeEach
	void buildTheLine() {
		String code = "RL" + (sequence + 1000);
		// An agency of its own, so that this line never mixes with the demo agency's.
		this.agency = this.agencies.save(Agency.create("KAB-" + code, "Kabupaten Uji " + code, AgencyType.KABUPATEN))
			.getId();
		Unit unit = this.units.create(this.agency, code, "Dinas Uji " + code, null, null);
		this.sekdaPost = this.positions.create(this.agency, unit.getId(), "Sekretaris Daerah", PositionType.JPT_MADYA,
				null, null, true);
		this.kadisPost = this.positions.create(this.agency, unit.getId(), "Kepala Dinas", PositionType.JPT_PRATAMA,
				null, this.sekdaPost.getId(), true);
		this.kabidPost = this.positions.create(this.agency, unit.getId(), "Kepala Bidang", PositionType.ADMINISTRATOR,
				null, this.kadisPost.getId(), true);
		this.kasiPost = this.positions.create(this.agency, unit.getId(), "Kepala Seksi", PositionType.PENGAWAS, null,
				this.kabidPost.getId(), true);
		this.staff1Post = this.positions.create(this.agency, unit.getId(), "Pengadministrasi Umum",
				PositionType.PELAKSANA, null, this.kasiPost.getId(), false);
		Position staff2Post = this.positions.create(this.agency, unit.getId(), "Pengadministrasi Umum",
				PositionType.PELAKSANA, null, this.kasiPost.getId(), false);
		Position fungsionalPost = this.positions.create(this.agency, unit.getId(), "Analis Kebijakan Ahli Muda",
				PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA, this.kadisPost.getId(), false);
		Position spare = this.positions.create(this.agency, unit.getId(), "Pengelola Data", PositionType.PELAKSANA,
				null, this.kadisPost.getId(), false);
		this.sekda = hire("Sekda", this.sekdaPost);
		this.kadis = hire("Kadis", this.kadisPost);
		this.kabid = hire("Kabid", this.kabidPost);
		this.kasi = hire("Kasi", this.kasiPost);
		this.staff1 = hire("Staf Satu", this.staff1Post);
		this.staff2 = hire("Staf Dua", staff2Post);
		this.fungsional = hire("Fungsional", fungsionalPost);
		this.plt = hire("Pelaksana Tugas", spare);
		this.kabidAssignment = findDefinitive(this.kabid);
	}

	@Autowired
	AssignmentRepository assignments;

	Assignment findDefinitive(Employee employee) {
		return this.assignments.findByEmployeeIdOrderByStartDate(employee.getId()).get(0);
	}

	@Test
	void followsThePostTree() {
		assertThat(this.lines.supervisorOf(this.staff1.getId(), D0).employeeId()).isEqualTo(this.kasi.getId());
		assertThat(this.lines.supervisorOf(this.kasi.getId(), D0).employeeId()).isEqualTo(this.kabid.getId());
		assertThat(this.lines.supervisorOf(this.fungsional.getId(), D0).employeeId()).isEqualTo(this.kadis.getId());
		assertThat(this.lines.supervisorOf(this.kasi.getId(), D0).source()).isEqualTo("POSITION");
		assertThat(this.lines.directSubordinates(this.kasi.getId(), D0)).containsExactlyInAnyOrder(this.staff1.getId(),
				this.staff2.getId());
		assertThat(this.lines.directSubordinates(this.kadis.getId(), D0)).containsExactlyInAnyOrder(this.kabid.getId(),
				this.fungsional.getId(), this.plt.getId());
	}

	@Test
	void letsTheRegionalHeadRateTheTop() {
		Supervisor top = this.lines.supervisorOf(this.sekda.getId(), D0);
		assertThat(top.regionalHead()).isTrue();
		assertThat(top.employeeId()).isNull();
	}

	@Test
	void passesAVacantPostOverToTheNextOneUp() {
		this.employees.endAssignment(this.agency, this.kabidAssignment.getId(), D0.plusDays(30));
		LocalDate later = D0.plusDays(40);
		Supervisor supervisor = this.lines.supervisorOf(this.kasi.getId(), later);
		assertThat(supervisor.employeeId()).isEqualTo(this.kadis.getId());
		assertThat(supervisor.source()).isEqualTo("VACANCY");
		assertThat(this.lines.directSubordinates(this.kadis.getId(), later)).contains(this.kasi.getId())
			.doesNotContain(this.kabid.getId());
		assertThat(this.lines.supervisorOf(this.kasi.getId(), D0).employeeId()).as("history is kept")
			.isEqualTo(this.kabid.getId());
	}

	@Test
	void letsAnActingHolderStandInForAVacancy() {
		this.employees.endAssignment(this.agency, this.kabidAssignment.getId(), D0.plusDays(30));
		this.employees.assign(this.agency, this.plt.getId(), this.kabidPost.getId(), AssignmentKind.PLT,
				D0.plusDays(50), null, "Plt. Kepala Bidang");
		LocalDate later = D0.plusDays(60);
		assertThat(this.lines.supervisorOf(this.kasi.getId(), later).employeeId()).isEqualTo(this.plt.getId());
		assertThat(this.lines.directSubordinates(this.plt.getId(), later)).containsExactly(this.kasi.getId());
		assertThat(this.lines.supervisorOf(this.plt.getId(), later).employeeId()).as("own line from own post")
			.isEqualTo(this.kadis.getId());
	}

	@Test
	void letsAPlhStandInForAnAbsentHolder() {
		this.employees.assign(this.agency, this.staff2.getId(), this.kasiPost.getId(), AssignmentKind.PLH,
				D0.plusDays(70), D0.plusDays(80), "Plh. selama cuti");
		LocalDate during = D0.plusDays(75);
		assertThat(this.lines.supervisorOf(this.staff1.getId(), during).employeeId()).isEqualTo(this.staff2.getId());
		assertThat(this.lines.supervisorOf(this.staff2.getId(), during).employeeId()).as("never one's own supervisor")
			.isEqualTo(this.kabid.getId());
		assertThat(this.lines.directSubordinates(this.kasi.getId(), during)).as("the absent holder leads nobody")
			.isEmpty();
		assertThat(this.lines.supervisorOf(this.staff1.getId(), D0.plusDays(81)).employeeId())
			.isEqualTo(this.kasi.getId());
	}

	@Test
	void letsAnOverrideWin() {
		this.employees.overrideSupervisor(this.agency, this.staff1.getId(), this.kadis.getId(), D0.plusDays(90), null,
				"Ditugaskan langsung oleh Kepala Dinas");
		LocalDate later = D0.plusDays(95);
		assertThat(this.lines.supervisorOf(this.staff1.getId(), later).employeeId()).isEqualTo(this.kadis.getId());
		assertThat(this.lines.supervisorOf(this.staff1.getId(), later).source()).isEqualTo("OVERRIDE");
		assertThat(this.lines.directSubordinates(this.kasi.getId(), later)).containsExactly(this.staff2.getId());
		assertThat(this.lines.directSubordinates(this.kadis.getId(), later)).contains(this.staff1.getId());
	}

	@Test
	void answersTheWholeLineBelow() {
		assertThat(this.lines.allSubordinates(this.sekda.getId(), D0)).containsExactlyInAnyOrder(this.kadis.getId(),
				this.kabid.getId(), this.kasi.getId(), this.staff1.getId(), this.staff2.getId(),
				this.fungsional.getId(), this.plt.getId());
		assertThat(this.lines.isAbove(this.kadis.getId(), this.staff1.getId(), D0)).isTrue();
		assertThat(this.lines.isAbove(this.staff1.getId(), this.kadis.getId(), D0)).isFalse();
		assertThat(this.lines.isAbove(this.kasi.getId(), this.fungsional.getId(), D0)).isFalse();
	}

	@Test
	void knowsWhoLeadsAUnit() {
		assertThat(this.lines.leadsAUnit(this.kadis.getId(), D0)).isTrue();
		assertThat(this.lines.leadsAUnit(this.staff1.getId(), D0)).isFalse();
	}

	@Test
	void refusesACycleInThePostTree() {
		assertThatExceptionOfType(KinerjaException.class)
			.isThrownBy(() -> this.positions.redefine(this.agency, this.sekdaPost.getId(), this.sekdaPost.getUnitId(),
					"Sekretaris Daerah", PositionType.JPT_MADYA, null, this.staff1Post.getId(), true))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("agency.position.cycle"));
	}

	@Test
	void refusesATakenPostAndASecondDefinitivePost() {
		assertThatExceptionOfType(KinerjaException.class)
			.isThrownBy(() -> this.employees.assign(this.agency, this.staff2.getId(), this.staff1Post.getId(),
					AssignmentKind.DEFINITIF, D0.plusDays(10), null, null))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("employee.assignment.overlap-employee"));
		assertThatExceptionOfType(KinerjaException.class)
			.isThrownBy(() -> this.employees.assign(this.agency, this.staff2.getId(), this.staff1Post.getId(),
					AssignmentKind.PLT, D0.plusDays(10), D0.plusDays(5), null))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("employee.assignment.dates"));
	}

	@Test
	void refusesDetailsThatDisagreeWithTheNip() {
		String nip = nextNip();
		Employee.Details female = new Employee.Details("Salah", null, null, "P", Nip.check(nip).nip().birthDate(),
				Nip.AsnType.PNS, Golongan.III_A, null, null);
		assertThatExceptionOfType(KinerjaException.class)
			.isThrownBy(() -> this.employees.register(this.agency, nip, female, this.staff1Post.getId(), D0))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("employee.sex.nip"));
		Employee.Details pppkRank = new Employee.Details("Salah", null, null, "L", Nip.check(nip).nip().birthDate(),
				Nip.AsnType.PNS, Golongan.PPPK_IX, null, null);
		assertThatExceptionOfType(KinerjaException.class)
			.isThrownBy(() -> this.employees.register(this.agency, nip, pppkRank, this.staff1Post.getId(), D0))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("employee.golongan.asn-type"));
	}

}

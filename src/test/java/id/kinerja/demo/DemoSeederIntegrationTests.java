package id.kinerja.demo;

import id.kinerja.DemoAgencyTest;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.PositionType;
import id.kinerja.employee.ReportingLines;
import id.kinerja.agency.UnitRepository;
import id.kinerja.identity.UserAccountRepository;
import id.kinerja.shared.Nip;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@DemoAgencyTest
class DemoSeederIntegrationTests {

	@Autowired
	DemoSeeder seeder;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UnitRepository units;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingLines lines;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void seedsTheDemoAgencyOnFirstStart() {
		long agencyId = this.agencies.findByCode(DemoSeeder.AGENCY_CODE).orElseThrow().getId();
		assertThat(this.agencies.findByCode(DemoSeeder.AGENCY_CODE).orElseThrow().getName())
			.isEqualTo("Pemerintah Kota Contoh");
		// Other tests sharing this context may add units; the demo ones must all be
		// there.
		assertThat(this.units.findByAgencyIdOrderByCode(agencyId)).extracting((unit) -> unit.getCode())
			.containsAll(DemoSeeder.UNITS.stream().map(DemoSeeder.DemoUnit::code).toList());
		assertThat(this.units.findByAgencyIdOrderByCode(agencyId)).extracting((unit) -> unit.getName())
			.contains("Sekretariat Daerah", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pendidikan",
					"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
		assertThat(this.units.findByAgencyIdAndCode(agencyId, "BKPSDM.PKA").orElseThrow().getParentId())
			.isEqualTo(this.units.findByAgencyIdAndCode(agencyId, "BKPSDM").orElseThrow().getId());
		assertThat(this.accounts.findByUsername("admin"))
			.hasValueSatisfying((admin) -> assertThat(admin.isMustChangePassword()).isFalse());
		for (DemoSeeder.DemoEmployee employee : DemoSeeder.EMPLOYEES) {
			assertThat(this.accounts.findByUsername(employee.nip())).as(employee.nip()).isPresent();
		}
	}

	@Test
	void givesEveryDemoEmployeeTheDemoPasswordWithoutAskingToChangeIt() {
		List<String> nips = AgencyGenerator.generate(DemoSeeder.spec())
			.people()
			.stream()
			.map(AgencyBlueprint.Person::nip)
			.toList();
		// Other tests sharing this context may change a password or two: the demo hash is
		// the one (nearly) every demo employee holds.
		List<String> hashes = this.jdbc
			.sql("SELECT password_hash FROM user_account WHERE must_change_password = FALSE AND username IN (:nips)")
			.param("nips", nips)
			.query(String.class)
			.list();
		String common = hashes.stream()
			.collect(java.util.stream.Collectors.groupingBy((hash) -> hash, java.util.stream.Collectors.counting()))
			.entrySet()
			.stream()
			.max(java.util.Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();
		assertThat(this.passwords.matches(DemoSeeder.PASSWORD, common)).isTrue();
		assertThat(hashes.stream().filter(common::equals).count()).isGreaterThanOrEqualTo(nips.size() - 5);
	}

	@Test
	void givesEveryDemoEmployeeAValidNip() {
		assertThat(DemoSeeder.EMPLOYEES)
			.allSatisfy((employee) -> assertThat(Nip.check(employee.nip()).errors()).as(employee.nip()).isEmpty());
		assertThat(DemoSeeder.EMPLOYEES).anySatisfy(
				(employee) -> assertThat(Nip.check(employee.nip()).nip().asnType()).isEqualTo(Nip.AsnType.PPPK));
	}

	@Test
	void seedsOnlyAnEmptyDatabase() {
		long accountsBefore = this.accounts.count();
		long recordsBefore = this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single();
		assertThat(this.seeder.seedIfEmpty()).isFalse();
		this.seeder.run(null);
		assertThat(this.accounts.count()).isEqualTo(accountsBefore);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single())
			.isEqualTo(recordsBefore);
		assertThat(this.agencies.findAll()).filteredOn((agency) -> agency.getCode().equals(DemoSeeder.AGENCY_CODE))
			.hasSize(1);
	}

	@Test
	void leavesTheSeedingInTheAuditTrail() {
		Long created = this.jdbc.sql(
				"SELECT count(*) FROM audit_record WHERE actor = 'system' AND action = 'CREATE' AND entity_type IN ('Agency', 'Unit', 'UserAccount')")
			.query(Long.class)
			.single();
		assertThat(created).isGreaterThanOrEqualTo(1 + DemoSeeder.UNITS.size() + DemoSeeder.EMPLOYEES.size() + 2);
	}

	/**
	 * Only the demo's own people: other tests sharing this context add units of their
	 * own.
	 */
	static String inDemoUnits(String employeeColumn) {
		String paths = DemoSeeder.UNITS.stream()
			.filter((unit) -> unit.parentCode() == null)
			.map((unit) -> "u.path LIKE '/" + unit.code() + "/%'")
			.collect(java.util.stream.Collectors.joining(" OR "));
		return " AND EXISTS (SELECT 1 FROM assignment a JOIN job_position p ON p.id = a.position_id"
				+ " JOIN unit u ON u.id = p.unit_id WHERE a.employee_id = " + employeeColumn + " AND (" + paths + "))";
	}

	@Test
	void buildsARealisticStructureOfAboutThreeHundred() {
		long agencyId = this.agencies.findByCode(DemoSeeder.AGENCY_CODE).orElseThrow().getId();
		Long employees = this.jdbc
			.sql("SELECT count(*) FROM employee e WHERE agency_id = ? AND status = 'ACTIVE'" + inDemoUnits("e.id"))
			.param(agencyId)
			.query(Long.class)
			.single();
		assertThat(employees).isBetween(280L, 320L);
		Long pppk = this.jdbc.sql("SELECT count(*) FROM employee WHERE agency_id = ? AND asn_type = 'PPPK'")
			.param(agencyId)
			.query(Long.class)
			.single();
		assertThat(pppk).isBetween(3L, 40L);
		Long acting = this.jdbc
			.sql("SELECT count(*) FROM assignment a JOIN job_position p ON p.id = a.position_id"
					+ " JOIN unit u ON u.id = p.unit_id WHERE a.agency_id = ? AND a.kind = 'PLT' AND u.code = 'DINKES'")
			.param(agencyId)
			.query(Long.class)
			.single();
		assertThat(acting).as("the vacant head of Dinas Kesehatan has a Plt").isEqualTo(1);
		Long functional = this.jdbc
			.sql("SELECT count(*) FROM job_position WHERE agency_id = ? AND position_type = 'FUNGSIONAL'")
			.param(agencyId)
			.query(Long.class)
			.single();
		assertThat(functional).isPositive();
		List<String> nips = this.jdbc.sql("SELECT nip FROM employee WHERE agency_id = ?")
			.param(agencyId)
			.query(String.class)
			.list();
		assertThat(nips).allSatisfy((nip) -> assertThat(Nip.check(nip).errors()).as(nip).isEmpty());
		Long withoutAccount = this.jdbc.sql(
				"SELECT count(*) FROM employee e WHERE e.agency_id = ? AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.employee_id = e.id)")
			.param(agencyId)
			.query(Long.class)
			.single();
		assertThat(withoutAccount).isZero();
	}

	@Test
	void givesEveryoneButTheTopASupervisor() {
		long agencyId = this.agencies.findByCode(DemoSeeder.AGENCY_CODE).orElseThrow().getId();
		List<Long> ids = this.jdbc
			.sql("SELECT id FROM employee e WHERE agency_id = ? AND status = 'ACTIVE'" + inDemoUnits("e.id"))
			.param(agencyId)
			.query(Long.class)
			.list();
		LocalDate today = LocalDate.now();
		long regionalHead = ids.stream().filter((id) -> this.lines.supervisorOf(id, today).regionalHead()).count();
		assertThat(regionalHead).as("only the Sekda is rated by the regional head").isEqualTo(1);
		assertThat(ids).allSatisfy((id) -> assertThat(this.lines.supervisorOf(id, today).known()).isTrue());
		long sekda = this.accounts.findByUsername("197004121995031002").orElseThrow().getEmployeeId();
		assertThat(this.lines.allSubordinates(sekda, today)).hasSize(ids.size() - 1);
	}

	@Test
	void makesTheSamePeopleForTheSameSeed() {
		DemoPeople first = new DemoPeople(7, "kotacontoh.go.id");
		DemoPeople second = new DemoPeople(7, "kotacontoh.go.id");
		for (int i = 0; i < 50; i++) {
			assertThat(first.person(PositionType.PELAKSANA, null, i % 10 == 0))
				.isEqualTo(second.person(PositionType.PELAKSANA, null, i % 10 == 0));
		}
	}

	@Test
	void turnsOnByDefaultOnlyForTheEmbeddedDatabase() {
		assertThat(DemoSeeder.demoEnabled("", "jdbc:h2:file:./data/kinerja")).isTrue();
		assertThat(DemoSeeder.demoEnabled("", "jdbc:postgresql://db/kinerja")).isFalse();
		assertThat(DemoSeeder.demoEnabled("true", "jdbc:postgresql://db/kinerja")).isTrue();
		assertThat(DemoSeeder.demoEnabled("false", "jdbc:h2:file:./data/kinerja")).isFalse();
	}

}

package id.kinerja.demo;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.UnitRepository;
import id.kinerja.identity.UserAccountRepository;
import id.kinerja.shared.Nip;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Test
	void turnsOnByDefaultOnlyForTheEmbeddedDatabase() {
		assertThat(DemoSeeder.demoEnabled("", "jdbc:h2:file:./data/kinerja")).isTrue();
		assertThat(DemoSeeder.demoEnabled("", "jdbc:postgresql://db/kinerja")).isFalse();
		assertThat(DemoSeeder.demoEnabled("true", "jdbc:postgresql://db/kinerja")).isTrue();
		assertThat(DemoSeeder.demoEnabled("false", "jdbc:h2:file:./data/kinerja")).isFalse();
	}

}

package id.kinerja.audit;

import java.util.List;
import java.util.Map;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DemoAgencyTest
class AuditTrailIntegrationTests {

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UnitRepository units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	List<Map<String, Object>> recordsOf(String type, Object id) {
		return this.jdbc.sql("SELECT * FROM audit_record WHERE entity_type = ? AND entity_id = ? ORDER BY id")
			.param(type)
			.param(String.valueOf(id))
			.query()
			.listOfRows();
	}

	long agencyId() {
		return this.agencies.findByCode("KOTA-CONTOH").orElseThrow().getId();
	}

	@Test
	void recordsCreationWithTheNewState() {
		Unit unit = this.units.save(Unit.create(agencyId(), "AUD-1", "Bagian Umum", "Umum", null));
		List<Map<String, Object>> records = recordsOf("Unit", unit.getId());
		assertThat(records).hasSize(1);
		Map<String, Object> record = records.get(0);
		assertThat(record.get("action")).isEqualTo("CREATE");
		assertThat(record.get("actor")).isEqualTo("system");
		assertThat(((Number) record.get("agency_id")).longValue()).isEqualTo(agencyId());
		assertThat(record.get("before_state")).isNull();
		assertThat((String) record.get("after_state")).contains("\"code\":\"AUD-1\"")
			.contains("\"name\":\"Bagian Umum\"");
	}

	@Test
	void recordsChangeWithBeforeAndAfter() {
		Unit unit = this.units.save(Unit.create(agencyId(), "AUD-2", "Bagian Lama", null, null));
		Unit renamed = this.jdbc.sql("UPDATE unit SET name = 'Bagian Baru' WHERE id = ?")
			.param(unit.getId())
			.update() > 0 ? this.units.findById(unit.getId()).orElseThrow() : unit;
		// A change through the repository is what the trail sees: put the old name back.
		this.jdbc.sql("UPDATE unit SET name = 'Bagian Lama' WHERE id = ?").param(unit.getId()).update();
		Unit saved = this.units.save(renamed);
		List<Map<String, Object>> records = recordsOf("Unit", unit.getId());
		assertThat(records).extracting((row) -> row.get("action")).containsExactly("CREATE", "UPDATE");
		Map<String, Object> update = records.get(1);
		assertThat((String) update.get("before_state")).contains("\"name\":\"Bagian Lama\"");
		assertThat((String) update.get("after_state")).contains("\"name\":\"Bagian Baru\"");
		assertThat(saved.getVersion()).isEqualTo(unit.getVersion() + 1);
	}

	@Test
	void writesNothingWhenASaveChangesNothing() {
		Unit unit = this.units.save(Unit.create(agencyId(), "AUD-3", "Bagian Tetap", null, null));
		this.units.save(this.units.findById(unit.getId()).orElseThrow());
		assertThat(recordsOf("Unit", unit.getId())).hasSize(1);
	}

	@Test
	void recordsRemovalWithTheLastState() {
		Unit unit = this.units.save(Unit.create(agencyId(), "AUD-4", "Bagian Sementara", null, null));
		this.units.deleteById(unit.getId());
		List<Map<String, Object>> records = recordsOf("Unit", unit.getId());
		assertThat(records).extracting((row) -> row.get("action")).containsExactly("CREATE", "DELETE");
		assertThat((String) records.get(1).get("before_state")).contains("Bagian Sementara");
	}

	@Test
	void refusesConcurrentEditOfAStaleCopy() {
		Unit unit = this.units.save(Unit.create(agencyId(), "AUD-5", "Bagian Rebutan", null, null));
		Unit first = this.units.findById(unit.getId()).orElseThrow();
		Unit second = this.units.findById(unit.getId()).orElseThrow();
		this.jdbc.sql("UPDATE unit SET version = version + 1 WHERE id = ?").param(first.getId()).update();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.units.save(second));
	}

	@Test
	void rollsBackTheRecordWithTheChange() {
		long before = this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
				this.agencies.save(Agency.create("ROLLBACK", "Instansi Batal", AgencyType.KABUPATEN));
				throw new IllegalStateException("abort");
			}));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single()).isEqualTo(before);
		assertThat(this.agencies.findByCode("ROLLBACK")).isEmpty();
	}

	@Test
	void keepsPasswordHashesOutOfTheTrail() {
		List<String> states = this.jdbc
			.sql("SELECT after_state FROM audit_record WHERE entity_type = 'UserAccount' AND after_state IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(states).isNotEmpty().noneMatch((state) -> state.contains("bcrypt") || state.contains("password"));
	}

	@Test
	void databaseRefusesToChangeOrRemoveRecords() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single()).isPositive();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE audit_record SET actor = 'someone-else'").update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_record").update());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE actor = 'someone-else'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void offersNoCodePathThatAltersRecords() {
		assertThat(AuditTrail.class.getMethods()).extracting(java.lang.reflect.Method::getName)
			.doesNotContain("update", "delete", "remove", "change", "purge");
	}

}

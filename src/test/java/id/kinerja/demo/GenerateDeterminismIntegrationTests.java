package id.kinerja.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator gives the same agency for the same seed whatever ids the database hands
 * out (H2, or PostgreSQL with {@code -Dkinerja.test.db=postgresql}): a content
 * fingerprint over natural keys (NIPs, unit codes, RHK texts, realisation values,
 * ratings, daily log counts), without generated ids or timestamps, comes out the same for
 * two runs with different ids, and differs for another seed.
 */
@SpringBootTest
class GenerateDeterminismIntegrationTests {

	@Autowired
	AgencyLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void theSameSeedGivesTheSameAgencyWhateverIdsTheDatabaseGivesAndAnotherSeedAnother() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		// Runs in one transaction (as the demo seeder loads), rolled back: the ids they
		// took are not handed out again, so each run gets other ids.
		long[] lastIds = new long[3];
		String other = rolledBack(78, year, lastIds);
		long otherLast = lastIds[2];
		String first = rolledBack(77, year, lastIds);
		assertThat(lastIds[1]).isGreaterThan(otherLast);
		// The last run committed a chunk at a time, as the generate command stores it.
		AgencyLoader.Created second = this.loader.create(spec(77), year);
		assertThat(second.agencyId()).isNotEqualTo(lastIds[0]);
		assertThat(minSkpId(second.agencyId())).isGreaterThan(lastIds[2]);
		assertThat(second.plans().plans()).isEqualTo(300);
		assertThat(second.monitoring().realisations()).isPositive();
		assertThat(second.monitoring().logs()).isPositive();
		assertThat(second.evaluation().annual()).isPositive();
		assertThat(fingerprint(second.agencyId())).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	/**
	 * Generate with the seed in a transaction rolled back after reading; return the
	 * fingerprint, and the agency id and its first and last plan ids in {@code ids}.
	 */
	private String rolledBack(long seed, int year, long[] ids) {
		return this.transactions.execute((status) -> {
			try {
				AgencyLoader.Created created = this.loader.create(spec(seed), year);
				ids[0] = created.agencyId();
				ids[1] = minSkpId(created.agencyId());
				ids[2] = maxSkpId(created.agencyId());
				return fingerprint(created.agencyId());
			}
			catch (GenerateCommand.UsageException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	@Test
	void aRunThatFailsAfterTheAgencyWasStoredSaysWhichAgencyIsHalfBuiltAndHowToRedoIt() throws Exception {
		AgencyGenerator.Spec spec = GenerateCommand
			.parse(List.of("--employees", "300", "--seed", "79", "--agency-code", "SETENGAH", "--plans"))
			.spec();
		// A year the planning refuses: the plans fail after the agency was committed.
		assertThatThrownBy(() -> this.loader.create(spec, 1900, null))
			.isInstanceOfSatisfying(AgencyLoader.HalfBuiltException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("SETENGAH");
				assertThat(ex.stage()).isEqualTo("plans");
				assertThat(GenerateCommand.halfBuilt(ex)).contains("agency SETENGAH is HALF-BUILT")
					.contains("fresh database")
					.contains("--agency-code");
			});
		Long agencyId = this.jdbc.sql("SELECT id FROM agency WHERE code = 'SETENGAH'").query(Long.class).single();
		assertThat(this.jdbc.sql("SELECT count(*) FROM employee WHERE agency_id = ?")
			.param(agencyId)
			.query(Long.class)
			.single()).isEqualTo(300);
		assertThat(this.jdbc.sql("SELECT count(*) FROM skp WHERE agency_id = ?")
			.param(agencyId)
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> this.loader.create(spec, 1900, null))
			.isInstanceOf(AgencyLoader.AgencyExistsException.class);
	}

	private static AgencyGenerator.Spec spec(long seed) throws GenerateCommand.UsageException {
		return GenerateCommand
			.parse(List.of("--employees", "300", "--seed", String.valueOf(seed), "--agency-code", "SAMA", "--plans"))
			.spec();
	}

	private long minSkpId(long agencyId) {
		return this.jdbc.sql("SELECT min(id) FROM skp WHERE agency_id = ?").param(agencyId).query(Long.class).single();
	}

	private long maxSkpId(long agencyId) {
		return this.jdbc.sql("SELECT max(id) FROM skp WHERE agency_id = ?").param(agencyId).query(Long.class).single();
	}

	/**
	 * SHA-256 over the agency's rows as natural keys, each table's rows sorted: no
	 * generated ids, no timestamps.
	 */
	private String fingerprint(long agencyId) {
		List<String> queries = List.of("""
				SELECT 'unit', u.code, u.name, p.code FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
				WHERE u.agency_id = ?""", """
				SELECT 'employee', e.nip, e.name, e.golongan, e.status FROM employee e WHERE e.agency_id = ?""",
				"""
						SELECT 'skp', e.nip, s.start_date, s.end_date, s.status, s.position_name, s.unit_name, a.nip, s.return_note
						FROM skp s JOIN employee e ON e.id = s.employee_id LEFT JOIN employee a ON a.id = s.appraiser_id
						WHERE s.agency_id = ?""",
				"""
						SELECT 'rhk', e.nip, r.position_no, r.text, r.kind, r.perspective, se.nip, sr.position_no
						FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN employee e ON e.id = s.employee_id
						LEFT JOIN rhk sr ON sr.id = r.supervisor_rhk_id LEFT JOIN skp ss ON ss.id = sr.skp_id
						LEFT JOIN employee se ON se.id = ss.employee_id
						WHERE r.agency_id = ?""",
				"""
						SELECT 'indicator', e.nip, r.position_no, i.position_no, i.text, i.aspect, i.target, i.target_unit
						FROM indicator i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id
						JOIN employee e ON e.id = s.employee_id WHERE i.agency_id = ?""",
				"""
						SELECT 'version', e.nip, v.version_no, v.status FROM skp_version v JOIN skp s ON s.id = v.skp_id
						JOIN employee e ON e.id = s.employee_id WHERE v.agency_id = ?""", """
						SELECT 'report', e.nip, p.period_code, p.status, p.submitted_late FROM realisation_report p
						JOIN employee e ON e.id = p.employee_id WHERE p.agency_id = ?""",
				"""
						SELECT 'realisation', e.nip, p.period_code, r.position_no, i.position_no, x.value_number, x.value_text,
						       x.achievement, x.note, x.obstacle, x.obstacle_cause, x.planned_fix
						FROM realisation x JOIN realisation_report p ON p.id = x.report_id
						JOIN employee e ON e.id = p.employee_id JOIN rhk r ON r.id = x.rhk_id
						JOIN indicator i ON i.id = x.indicator_id WHERE x.agency_id = ?""",
				"""
						SELECT 'feedback', e.nip, f.target_kind, f.body, a.nip FROM feedback f
						JOIN employee e ON e.id = f.owner_id LEFT JOIN employee a ON a.id = f.author_id
						WHERE f.agency_id = ?""", """
						SELECT 'log', e.nip, l.log_date, count(*), sum(l.quantity), min(l.activity), max(l.activity)
						FROM daily_log l JOIN employee e ON e.id = l.employee_id WHERE l.agency_id = ?
						GROUP BY e.nip, l.log_date""",
				"""
						SELECT 'evaluation', e.nip, v.period_code, v.annual, v.status, v.rating_hasil, v.rating_perilaku,
						       v.predikat, v.reason, v.notes, v.recommendation, v.self_assessment, r.nip, v.credit_points
						FROM evaluation v JOIN employee e ON e.id = v.employee_id LEFT JOIN employee r ON r.id = v.rated_by_id
						WHERE v.agency_id = ?""",
				"""
						SELECT 'result', u.code, o.predikat FROM organisation_result o JOIN unit u ON u.id = o.unit_id
						WHERE o.agency_id = ?""", """
						SELECT 'need', e.nip, n.predikat FROM development_need n JOIN employee e ON e.id = n.employee_id
						WHERE n.agency_id = ?""",
				"""
						SELECT 'appeal', e.nip FROM appeal a JOIN employee e ON e.id = a.employee_id WHERE a.agency_id = ?""");
		List<String> rows = new ArrayList<>();
		for (String sql : queries) {
			List<String> table = this.jdbc.sql(sql).param(agencyId).query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					Object value = rs.getObject(column);
					row.append((value instanceof java.math.BigDecimal number)
							? number.stripTrailingZeros().toPlainString() : String.valueOf(value))
						.append('\u001f');
				}
				return row.toString();
			}).list();
			if (!sql.contains("'appeal'")) {
				// Generated agencies file no appeal; everything else is there.
				assertThat(table).as(sql).isNotEmpty();
			}
			rows.addAll(table.stream().sorted().toList());
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String row : rows) {
				digest.update(row.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return rows.size() + ":" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

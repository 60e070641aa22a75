package id.kinerja.shared;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.DemoAgencyTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-row batched inserts return every generated id in row order, on H2 and PostgreSQL.
 */
@DemoAgencyTest
@Transactional
class JdbcBatchesIntegrationTests {

	static final List<JdbcBatches.Column> COLUMNS = List.of(
			new JdbcBatches.Column("occurred_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("actor", Types.VARCHAR), new JdbcBatches.Column("action", Types.VARCHAR),
			new JdbcBatches.Column("entity_type", Types.VARCHAR), new JdbcBatches.Column("entity_id", Types.VARCHAR),
			new JdbcBatches.Column("before_state", Types.VARCHAR));

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void returnsTheIdsOfFullAndPartialStatementsInRowOrder() {
		for (int size : new int[] { 1, 200, 2345 }) {
			List<Integer> rows = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				rows.add(i);
			}
			long[] ids = JdbcBatches.insert(this.jdbc, "audit_record", COLUMNS, rows,
					(row) -> new Object[] { OffsetDateTime.now(), "test", "TEST", "Batch", "row-" + row, null });
			assertThat(ids).hasSize(size).doesNotHaveDuplicates();
			for (int i : new int[] { 0, size / 2, size - 1 }) {
				assertThat(this.jdbc.queryForObject("SELECT entity_id FROM audit_record WHERE id = ?", String.class,
						ids[i]))
					.isEqualTo("row-" + i);
			}
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_record WHERE action = 'TEST' AND before_state IS NULL AND id BETWEEN ? AND ?",
					Long.class, ids[0], ids[size - 1]))
				.isEqualTo(size);
		}
	}

}

package id.kinerja.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts many rows fast and returns their generated ids, for bulk work (imports) where a
 * statement per row would be too slow: multi-row {@code INSERT ... VALUES (...), (...)}
 * statements, sent in JDBC batches. H2 and PostgreSQL both return the generated keys of
 * such statements in the order of the rows. On PostgreSQL, from {@value #COPY_FROM_ROWS}
 * rows on, the rows are streamed with {@code COPY ... FROM STDIN} instead (the ids taken
 * from the table's sequence first, in ascending order), which spares the server the
 * parsing and binding of thousands of parameters per statement.
 */
public final class JdbcBatches {

	/** Ids per {@code IN (...)} list, rows per round trip. */
	public static final int BATCH_SIZE = 1000;

	/**
	 * Rows per statement at most; fewer for wide tables (parameters stay below 10,000).
	 */
	private static final int ROWS_PER_STATEMENT = 200;

	/** Rows inserted in one call after which the table's statistics are refreshed. */
	private static final int ANALYZE_AFTER_ROWS = 1000;

	private static final String ANALYZE_KEY = JdbcBatches.class.getName() + ".analyze.";

	private static final Logger log = LoggerFactory.getLogger(JdbcBatches.class);

	/** Statements per JDBC batch. */
	private static final int STATEMENTS_PER_BATCH = 10;

	/** Rows from which PostgreSQL gets them through COPY. */
	static final int COPY_FROM_ROWS = 100;

	private JdbcBatches() {
	}

	/**
	 * A column to insert and the SQL type of its values ({@link java.sql.Types}), which
	 * is needed to bind a null without asking the database.
	 *
	 * @param name the column
	 * @param sqlType the SQL type
	 */
	public record Column(String name, int sqlType) {
	}

	/**
	 * Describe columns written as {@code name:T}, where T is B (bigint), I (integer), D
	 * (date), Z (boolean), T (timestamp with time zone), N (decimal) or V (varchar).
	 */
	public static List<Column> columns(String... specs) {
		List<Column> columns = new java.util.ArrayList<>();
		for (String spec : specs) {
			String name = spec.substring(0, spec.indexOf(':'));
			int type = switch (spec.charAt(spec.length() - 1)) {
				case 'B' -> java.sql.Types.BIGINT;
				case 'I' -> java.sql.Types.INTEGER;
				case 'D' -> java.sql.Types.DATE;
				case 'Z' -> java.sql.Types.BOOLEAN;
				case 'T' -> java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
				case 'N' -> java.sql.Types.DECIMAL;
				default -> java.sql.Types.VARCHAR;
			};
			columns.add(new Column(name, type));
		}
		return columns;
	}

	/**
	 * Insert the rows into the table (which has a generated {@code id}) and return the
	 * ids in the order of the rows. {@code values} gives a row's values in the order of
	 * the columns.
	 */
	public static <T> long[] insert(JdbcTemplate jdbc, String table, List<Column> columns, List<T> rows,
			Function<T, @Nullable Object[]> values) {
		long[] ids = new long[rows.size()];
		if (rows.isEmpty()) {
			return ids;
		}
		if (rows.size() >= COPY_FROM_ROWS && PgCopy.copies(jdbc)) {
			long[] copied = PgCopy.copyWithIds(jdbc, table, columns, rows, values);
			if (rows.size() >= ANALYZE_AFTER_ROWS) {
				analyzeAfterCommit(jdbc, table);
			}
			return copied;
		}
		int perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, 10_000 / columns.size()));
		int done = 0;
		while (done < rows.size()) {
			int statementRows = Math.min(perStatement, rows.size() - done);
			int statements = (statementRows < perStatement) ? 1
					: Math.min(STATEMENTS_PER_BATCH, (rows.size() - done) / perStatement);
			int from = done;
			String sql = sql(table, columns, statementRows);
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.batchUpdate((connection) -> connection.prepareStatement(sql, new String[] { "id" }),
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int index) throws SQLException {
							int first = from + index * statementRows;
							int parameter = 1;
							for (int row = first; row < first + statementRows; row++) {
								@Nullable Object[] rowValues = values.apply(rows.get(row));
								for (int column = 0; column < columns.size(); column++) {
									Object value = rowValues[column];
									if (value == null) {
										statement.setNull(parameter++, columns.get(column).sqlType());
									}
									else {
										statement.setObject(parameter++, value);
									}
								}
							}
						}

						@Override
						public int getBatchSize() {
							return statements;
						}

					}, keys);
			List<Map<String, Object>> generated = keys.getKeyList();
			int count = statements * statementRows;
			if (generated.size() != count) {
				throw new IllegalStateException(
						"Expected " + count + " generated ids but the database returned " + generated.size());
			}
			for (int i = 0; i < count; i++) {
				ids[from + i] = idOf(generated.get(i));
			}
			done += count;
		}
		if (rows.size() >= ANALYZE_AFTER_ROWS) {
			analyzeAfterCommit(jdbc, table);
		}
		return ids;
	}

	/**
	 * Insert the rows into a table without a generated key (a join or detail table), in
	 * multi-row statements sent in JDBC batches.
	 */
	public static <T> void insertWithoutKeys(JdbcTemplate jdbc, String table, List<Column> columns, List<T> rows,
			Function<T, @Nullable Object[]> values) {
		if (rows.size() >= COPY_FROM_ROWS && PgCopy.copies(jdbc)) {
			PgCopy.copy(jdbc, table, columns, rows, values, null);
			if (rows.size() >= ANALYZE_AFTER_ROWS) {
				analyzeAfterCommit(jdbc, table);
			}
			return;
		}
		int perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, 10_000 / columns.size()));
		int done = 0;
		while (done < rows.size()) {
			int statementRows = Math.min(perStatement, rows.size() - done);
			int statements = (statementRows < perStatement) ? 1
					: Math.min(STATEMENTS_PER_BATCH, (rows.size() - done) / perStatement);
			int from = done;
			jdbc.batchUpdate(sql(table, columns, statementRows), new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement statement, int index) throws SQLException {
					int parameter = 1;
					int first = from + index * statementRows;
					for (int row = first; row < first + statementRows; row++) {
						@Nullable Object[] rowValues = values.apply(rows.get(row));
						for (int column = 0; column < columns.size(); column++) {
							Object value = rowValues[column];
							if (value == null) {
								statement.setNull(parameter++, columns.get(column).sqlType());
							}
							else {
								statement.setObject(parameter++, value);
							}
						}
					}
				}

				@Override
				public int getBatchSize() {
					return statements;
				}

			});
			done += statements * statementRows;
		}
		if (rows.size() >= ANALYZE_AFTER_ROWS) {
			analyzeAfterCommit(jdbc, table);
		}
	}

	/**
	 * After a bulk insert the planner's statistics still describe the table before it,
	 * and PostgreSQL's autovacuum refreshes them only some time later: until then a query
	 * can take a plan that fits an empty table (a scan instead of the search index). So
	 * once the transaction commits, ask PostgreSQL to analyse the table, on a connection
	 * of its own (the committed one is being released). H2 keeps its statistics itself.
	 */
	private static void analyzeAfterCommit(JdbcTemplate jdbc, String table) {
		DataSource dataSource = jdbc.getDataSource();
		String key = ANALYZE_KEY + table;
		if (dataSource == null || !TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(key)) {
			return;
		}
		TransactionSynchronizationManager.bindSynchronizedResource(key, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					return;
				}
				try (Connection connection = dataSource.getConnection();
						Statement statement = connection.createStatement()) {
					if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
						statement.execute("ANALYZE " + table);
					}
				}
				catch (SQLException ex) {
					log.warn("Could not analyse {} after a bulk insert: {}", table, ex.getMessage());
				}
			}

		});
	}

	private static String sql(String table, List<Column> columns, int rows) {
		List<String> names = new ArrayList<>();
		columns.forEach((column) -> names.add(column.name()));
		String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
		StringBuilder sql = new StringBuilder("INSERT INTO ").append(table)
			.append(" (")
			.append(String.join(", ", names))
			.append(") VALUES ")
			.append(row);
		for (int i = 1; i < rows; i++) {
			sql.append(", ").append(row);
		}
		return sql.toString();
	}

	private static long idOf(Map<String, Object> key) {
		Object id = (key.size() == 1) ? key.values().iterator().next() : key.get("id");
		if (id == null) {
			id = key.get("ID");
		}
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("No generated id in " + key.keySet());
		}
		return number.longValue();
	}

}

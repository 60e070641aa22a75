package id.kinerja.shared;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Bulk rows into PostgreSQL through {@code COPY ... FROM STDIN} (text format), on the
 * connection of the current transaction; for {@link JdbcBatches}.
 */
final class PgCopy {

	/** Characters sent per COPY message. */
	private static final int BUFFER = 1 << 16;

	private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

	private PgCopy() {
	}

	/** Whether each data source seen is PostgreSQL's (asked once per data source). */
	private static final Map<DataSource, Boolean> POSTGRESQL = java.util.Collections
		.synchronizedMap(new WeakHashMap<>());

	/** Return whether the template's database is PostgreSQL (and its driver's COPY). */
	static boolean copies(JdbcTemplate jdbc) {
		DataSource dataSource = jdbc.getDataSource();
		if (dataSource == null) {
			return false;
		}
		Boolean known = POSTGRESQL.get(dataSource);
		if (known != null) {
			return known;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		boolean postgresql;
		try {
			postgresql = connection.isWrapperFor(PGConnection.class);
		}
		catch (SQLException ex) {
			postgresql = false;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		POSTGRESQL.put(dataSource, postgresql);
		return postgresql;
	}

	/**
	 * Take ids for the rows from the table's {@code id} sequence, ascending, and copy the
	 * rows with them; return the ids in the order of the rows.
	 */
	static <T> long[] copyWithIds(JdbcTemplate jdbc, String table, List<JdbcBatches.Column> columns, List<T> rows,
			Function<T, @Nullable Object[]> values) {
		List<Long> taken = jdbc.queryForList(
				"SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", Long.class, table,
				rows.size());
		long[] ids = new long[taken.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = taken.get(i);
		}
		Arrays.sort(ids);
		copy(jdbc, table, columns, rows, values, ids);
		return ids;
	}

	/** Copy the rows, each with its id first when ids are given. */
	static <T> void copy(JdbcTemplate jdbc, String table, List<JdbcBatches.Column> columns, List<T> rows,
			Function<T, @Nullable Object[]> values, long @Nullable [] ids) {
		List<String> names = new ArrayList<>();
		if (ids != null) {
			names.add("id");
		}
		columns.forEach((column) -> names.add(column.name()));
		String sql = "COPY " + table + " (" + String.join(", ", names) + ") FROM STDIN";
		DataSource dataSource = java.util.Objects.requireNonNull(jdbc.getDataSource());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			CopyIn in = copy.copyIn(sql);
			CopyWriter out = new CopyWriter(in);
			try {
				StringBuilder line = new StringBuilder(256);
				for (int i = 0; i < rows.size(); i++) {
					line.setLength(0);
					if (ids != null) {
						line.append(ids[i]).append('\t');
					}
					@Nullable Object[] row = values.apply(rows.get(i));
					for (int column = 0; column < columns.size(); column++) {
						if (column > 0) {
							line.append('\t');
						}
						append(line, row[column]);
					}
					line.append('\n');
					out.append(line);
				}
				out.flush();
				in.endCopy();
			}
			catch (RuntimeException | IOException | SQLException ex) {
				// Nothing of a failed copy may stay: cancel it rather than end it.
				if (in.isActive()) {
					in.cancelCopy();
				}
				throw ex;
			}
		}
		catch (IOException ex) {
			SQLException cause = (ex.getCause() instanceof SQLException failure) ? failure : null;
			throw (cause != null) ? translate(table, sql, cause)
					: new DataAccessResourceFailureException("COPY into " + table + " failed", ex);
		}
		catch (SQLException ex) {
			throw translate(table, sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static RuntimeException translate(String table, String sql, SQLException ex) {
		RuntimeException translated = TRANSLATOR.translate("COPY into " + table, sql, ex);
		return (translated != null) ? translated
				: new DataAccessResourceFailureException("COPY into " + table + " failed", ex);
	}

	/** A value in COPY's text format: {@code \N} for null, special characters escaped. */
	static void append(StringBuilder line, @Nullable Object value) {
		if (value == null) {
			line.append("\\N");
			return;
		}
		if (value instanceof Boolean bool) {
			line.append(bool ? 't' : 'f');
			return;
		}
		if (value instanceof BigDecimal number) {
			line.append(number.toPlainString());
			return;
		}
		if (value instanceof Number || value instanceof java.time.LocalDate || value instanceof OffsetDateTime) {
			line.append(value);
			return;
		}
		if (value instanceof java.time.Instant instant) {
			line.append(instant.atOffset(java.time.ZoneOffset.UTC));
			return;
		}
		String text = (value instanceof Enum<?> constant) ? constant.name() : value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}

	/** Sends what is written to the COPY in UTF-8 messages of about {@value #BUFFER}. */
	private static final class CopyWriter extends Writer {

		private final CopyIn in;

		private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);

		CopyWriter(CopyIn in) {
			this.in = in;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			this.buffer.append(chars, offset, length);
			if (this.buffer.length() >= BUFFER) {
				send();
			}
		}

		@Override
		public Writer append(CharSequence chars) throws IOException {
			this.buffer.append(chars);
			if (this.buffer.length() >= BUFFER) {
				send();
			}
			return this;
		}

		private void send() throws IOException {
			byte[] bytes = this.buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
			this.buffer.setLength(0);
			try {
				this.in.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
		}

		@Override
		public void flush() throws IOException {
			if (!this.buffer.isEmpty()) {
				send();
			}
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}

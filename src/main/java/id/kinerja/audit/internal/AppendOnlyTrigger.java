package id.kinerja.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The H2 guard of the audit table: refuses every update and delete, as the PostgreSQL
 * trigger does.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_record is append-only", "42501");
	}

}

package id.kinerja.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail of the caller's own agency. Only Admin BKPSDM and Auditor may
 * call it.
 */
@Service
public class AuditQueries {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditQueries(JdbcClient jdbc, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/** Return a page of the caller's agency's records, newest first. */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'AUDITOR')")
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
		StringBuilder where = new StringBuilder(" WHERE agency_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(actor.agencyId());
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" AND actor = ?");
			params.add(filter.actor().strip());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" AND entity_type = ?");
			params.add(filter.entityType().strip());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.append(" AND entity_id = ?");
			params.add(filter.entityId().strip());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" AND action = ?");
			params.add(filter.action().strip());
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(filter.from().atStartOfDay(this.zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(this.zone).toOffsetDateTime());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM audit_record" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> content = this.jdbc
			.sql("SELECT * FROM audit_record" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.param(pageable.getPageSize())
			.param(pageable.getOffset())
			.query(AuditQueries::entry)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/** Return the kinds of entity that appear in the caller's agency's trail. */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'AUDITOR')")
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		long agencyId = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor")).agencyId();
		return this.jdbc.sql("SELECT DISTINCT entity_type FROM audit_record WHERE agency_id = ? ORDER BY entity_type")
			.param(agencyId)
			.query(String.class)
			.list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long agency = rs.getLong("agency_id");
		Long agencyId = rs.wasNull() ? null : agency;
		return new AuditEntry(rs.getLong("id"), agencyId, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("before_state"), rs.getString("after_state"), rs.getString("ip_address"));
	}

}

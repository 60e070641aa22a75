package id.kinerja.employee.internal;

import java.time.LocalDate;

import id.kinerja.agency.PostHolders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers from the assignments whether a post is held on or after a day. */
@Component
class AssignmentPostHolders implements PostHolders {

	private final JdbcClient jdbc;

	AssignmentPostHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean heldOnOrAfter(long positionId, LocalDate day) {
		return this.jdbc
			.sql("SELECT count(*) FROM assignment WHERE position_id = :post AND (end_date IS NULL OR end_date >= :day)")
			.param("post", positionId)
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

}

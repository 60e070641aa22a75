package id.kinerja.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rating tests' years, 2021–2023, lie before the demo agency's people took up their
 * posts (2 January 2025). The tests move that first day back to 1 January 2021, so that
 * the demo chain holds its posts in those years; later days are not touched.
 */
final class RatingYears {

	private RatingYears() {
	}

	/** Let the demo agency's people hold their posts from 2021 on (idempotent). */
	static void holdDemoPostsFrom2021(JdbcClient jdbc) {
		jdbc.sql("UPDATE assignment SET start_date = DATE '2021-01-01' WHERE start_date = DATE '2025-01-02'").update();
	}

}

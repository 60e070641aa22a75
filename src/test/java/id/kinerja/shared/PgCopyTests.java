package id.kinerja.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The values of a COPY line in PostgreSQL's text format. */
class PgCopyTests {

	@Test
	void escapesWhatTheTextFormatGivesAMeaningAndWritesNullsAndTypesAsPostgresqlReadsThem() {
		StringBuilder line = new StringBuilder();
		PgCopy.append(line, "a\tb\nc\\d\re");
		line.append('|');
		PgCopy.append(line, null);
		line.append('|');
		PgCopy.append(line, true);
		line.append('|');
		PgCopy.append(line, false);
		line.append('|');
		PgCopy.append(line, new BigDecimal("1E+3"));
		line.append('|');
		PgCopy.append(line, LocalDate.of(2026, 1, 15));
		line.append('|');
		PgCopy.append(line, OffsetDateTime.of(2026, 1, 15, 1, 15, 0, 0, ZoneOffset.UTC));
		line.append('|');
		PgCopy.append(line, 42L);
		assertThat(line).hasToString("a\\tb\\nc\\\\d\\re|\\N|t|f|1000|2026-01-15|2026-01-15T01:15Z|42");
	}

}

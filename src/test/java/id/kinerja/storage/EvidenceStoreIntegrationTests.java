package id.kinerja.storage;

import java.io.ByteArrayInputStream;

import id.kinerja.DemoAgencyTest;
import id.kinerja.shared.KinerjaException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The app's evidence store with the app's own transactions and the {@code evidence}
 * table: a record that fails to insert leaves no file behind (H2 and PostgreSQL).
 */
@DemoAgencyTest
class EvidenceStoreIntegrationTests {

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void deletesTheFileWhenItsEvidenceRowCannotBeInserted() {
		long agencyId = this.jdbc.sql("SELECT MIN(id) FROM agency").query(Long.class).single();
		StoredFile[] stored = new StoredFile[1];
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			stored[0] = this.store.store(agencyId, "bukti.pdf", "application/pdf",
					new ByteArrayInputStream(EvidenceSamples.pdf()));
			// No realisation -1 exists: the foreign key refuses the row.
			this.jdbc
				.sql("INSERT INTO evidence (agency_id, realisation_id, file_name, content_type, size_bytes, sha256,"
						+ " storage_key, created_at, created_by, updated_at, updated_by, version)"
						+ " VALUES (?, -1, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test', 0)")
				.params(agencyId, stored[0].fileName(), stored[0].contentType(), stored[0].size(), stored[0].sha256(),
						stored[0].key())
				.update();
		})).isInstanceOf(DataIntegrityViolationException.class);
		KinerjaException missing = catchThrowableOfType(KinerjaException.class, () -> this.store.open(stored[0].key()));
		assertThat(missing).isNotNull();
		assertThat(missing.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void keepsTheFileWhenItsTransactionCommits() throws Exception {
		long agencyId = this.jdbc.sql("SELECT MIN(id) FROM agency").query(Long.class).single();
		StoredFile stored = this.transactions.execute((status) -> this.store.store(agencyId, "bukti.pdf", null,
				new ByteArrayInputStream(EvidenceSamples.pdf())));
		try (EvidenceContent content = this.store.open(stored.key())) {
			assertThat(content.stream().readAllBytes()).isEqualTo(EvidenceSamples.pdf());
		}
		this.store.delete(stored.key());
	}

}

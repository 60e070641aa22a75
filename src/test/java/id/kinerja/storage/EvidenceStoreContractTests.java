package id.kinerja.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every evidence backend must do, run against each of them by a subclass: the same
 * store, read, delete and refusals, and files that live and die with the transaction.
 * Transactions are real ones on an in-memory H2 database.
 */
abstract class EvidenceStoreContractTests {

	static final long LIMIT = 64 * 1024;

	static final long AGENCY = 7;

	private static final Clock MARCH_2080 = Clock.fixed(Instant.parse("2080-03-15T03:00:00Z"), ZoneOffset.UTC);

	EvidenceStore store;

	private TransactionTemplate transactions;

	private JdbcTemplate jdbc;

	/** Return the backend under test, empty. */
	abstract ObjectStorage backend() throws IOException;

	/** Return how many temporary upload files the backend has left behind. */
	abstract long temporaryFiles() throws IOException;

	@BeforeEach
	void setUpStore() throws IOException {
		this.store = new EvidenceStore(backend(), LIMIT, MARCH_2080);
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:storage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.execute("CREATE TABLE evidence_row (id BIGINT PRIMARY KEY, storage_key VARCHAR(300) NOT NULL)");
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Test
	void storesAndReadsBackTheSameBytes() throws Exception {
		byte[] pdf = EvidenceSamples.pdf();
		StoredFile stored = this.store.store(AGENCY, "Laporan Kinerja Maret.pdf", "application/pdf",
				new ByteArrayInputStream(pdf));
		assertThat(stored.fileName()).isEqualTo("Laporan Kinerja Maret.pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(stored.key()).matches("agency/7/2080/03/[0-9a-f-]{36}").doesNotContain("Laporan");
		try (EvidenceContent content = this.store.open(stored.key())) {
			byte[] read = content.stream().readAllBytes();
			assertThat(read).isEqualTo(pdf);
			assertThat(sha256(read)).isEqualTo(stored.sha256());
			assertThat(content.size()).isEqualTo(pdf.length);
		}
		assertThat(temporaryFiles()).isZero();
	}

	@Test
	void givesEveryFileItsOwnKey() {
		StoredFile first = storePdf("bukti.pdf");
		StoredFile second = storePdf("bukti.pdf");
		assertThat(first.key()).isNotEqualTo(second.key());
	}

	@Test
	void acceptsEachAllowedKind() throws IOException {
		assertKind("foto.png", EvidenceSamples.image("png"), "image/png");
		assertKind("foto.JPG", EvidenceSamples.image("jpg"), "image/jpeg");
		assertKind("foto.jpeg", EvidenceSamples.image("jpg"), "image/jpeg");
		assertKind("grafik.gif", EvidenceSamples.image("gif"), "image/gif");
		assertKind("foto.webp", EvidenceSamples.webp(), "image/webp");
		assertKind("nota.docx", EvidenceSamples.ooxml("word/", "document.xml"),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertKind("data.xlsx", EvidenceSamples.ooxml("xl/", "workbook.xml"),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertKind("paparan.pptx", EvidenceSamples.ooxml("ppt/", "presentation.xml"),
				"application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertKind("nota.odt", EvidenceSamples.odf("application/vnd.oasis.opendocument.text"),
				"application/vnd.oasis.opendocument.text");
		assertKind("data.ods", EvidenceSamples.odf("application/vnd.oasis.opendocument.spreadsheet"),
				"application/vnd.oasis.opendocument.spreadsheet");
		assertKind("paparan.odp", EvidenceSamples.odf("application/vnd.oasis.opendocument.presentation"),
				"application/vnd.oasis.opendocument.presentation");
		assertKind("lama.doc", EvidenceSamples.ole2(), "application/msword");
		assertKind("lama.xls", EvidenceSamples.ole2(), "application/vnd.ms-excel");
		assertKind("lama.ppt", EvidenceSamples.ole2(), "application/vnd.ms-powerpoint");
	}

	@Test
	void acceptsGenericAndAliasDeclaredTypes() {
		byte[] jpeg = EvidenceSamples.image("jpg");
		assertThat(this.store.store(AGENCY, "a.jpg", "application/octet-stream", new ByteArrayInputStream(jpeg))
			.contentType()).isEqualTo("image/jpeg");
		assertThat(this.store.store(AGENCY, "a.jpg", "image/jpg", new ByteArrayInputStream(jpeg)).contentType())
			.isEqualTo("image/jpeg");
		assertThat(this.store.store(AGENCY, "a.jpg", "IMAGE/JPEG; charset=binary", new ByteArrayInputStream(jpeg))
			.contentType()).isEqualTo("image/jpeg");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd.pdf", "folder/bukti.pdf", "folder\\bukti.pdf", "..\\bukti.pdf",
			"C:bukti.pdf", "c:\\bukti.pdf", "bukti\u0000.pdf", "bukti\n.pdf", "bukti\u007f.pdf", "", "   ", "..",
			"bukti..pdf" })
	void refusesANameWithAPathOrAControlCharacter(String name) throws IOException {
		assertRefused(() -> this.store.store(AGENCY, name, "application/pdf",
				new ByteArrayInputStream(EvidenceSamples.pdf())), "storage.file.name-invalid");
		assertThat(temporaryFiles()).isZero();
	}

	@Test
	void keepsASafeDisplayName() {
		assertThat(storePdf("Laporan <Kinerja>  2026 *final*?.pdf").fileName())
			.isEqualTo("Laporan Kinerja 2026 final.pdf");
		assertThat(storePdf("Évaluasi kinerja — 日本 (revisi)_1.pdf").fileName())
			.isEqualTo("Évaluasi kinerja 日本 (revisi)_1.pdf");
		assertThat(storePdf(".hidden.pdf").fileName()).isEqualTo("hidden.pdf");
		assertThat(storePdf("%%%.pdf").fileName()).isEqualTo("file.pdf");
		String longName = "a".repeat(300) + ".pdf";
		String kept = storePdf(longName).fileName();
		assertThat(kept).hasSize(FileNames.MAX_LENGTH).endsWith("aaa.pdf");
		assertThat(storePdf("\uD83D\uDE00".repeat(150) + ".pdf").fileName()).isEqualTo("file.pdf");
	}

	@Test
	void dropsInvisibleDirectionMarksThatHideTheRealExtension() {
		assertRefused(() -> this.store.store(AGENCY, "invoice\u202Efdp.exe", null,
				new ByteArrayInputStream(EvidenceSamples.exe())), "storage.file.type-not-allowed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "program.exe", "halaman.html", "skrip.js", "catatan.txt", "arsip.zip", "tanpa-ekstensi",
			"gambar.svg" })
	void refusesAKindThatIsNotAllowed(String name) {
		FieldProblem problem = assertRefused(
				() -> this.store.store(AGENCY, name, null, new ByteArrayInputStream(EvidenceSamples.pdf())),
				"storage.file.type-not-allowed");
		assertThat(problem.arguments()).containsExactly(EvidenceTypes.ALLOWED);
	}

	@Test
	void refusesAFileThatLiesAboutItsType() throws IOException {
		assertLies("laporan.pdf", null, EvidenceSamples.html());
		assertLies("foto.png", "image/png", EvidenceSamples.exe());
		assertLies("foto.jpg", "image/jpeg", EvidenceSamples.image("png"));
		assertLies("nota.docx", null, EvidenceSamples.plainZip());
		assertLies("nota.docx", null, EvidenceSamples.ooxml("xl/", "workbook.xml"));
		assertLies("nota.odt", null, EvidenceSamples.odf("application/vnd.oasis.opendocument.spreadsheet"));
		assertLies("lama.doc", null, EvidenceSamples.pdf());
		assertLies("laporan.pdf", "text/html", EvidenceSamples.pdf());
		assertLies("laporan.pdf", "image/png", EvidenceSamples.pdf());
		assertThat(temporaryFiles()).isZero();
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(() -> this.store.store(AGENCY, "kosong.pdf", null, new ByteArrayInputStream(new byte[0])),
				"storage.file.empty");
	}

	@Test
	void refusesAFileOverTheLimitWithoutReadingItAll() throws IOException {
		EvidenceSamples.EndlessPdf huge = new EvidenceSamples.EndlessPdf(10L * 1024 * 1024 * 1024);
		FieldProblem problem = assertRefused(() -> this.store.store(AGENCY, "besar.pdf", "application/pdf", huge),
				"storage.file.too-large");
		assertThat(problem.arguments()).containsExactly("64 KB");
		assertThat(huge.bytesRead()).isEqualTo(LIMIT + 1);
		assertThat(temporaryFiles()).isZero();
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() {
		StoredFile stored = this.store.store(AGENCY, "pas.pdf", null, new EvidenceSamples.EndlessPdf(LIMIT));
		assertThat(stored.size()).isEqualTo(LIMIT);
	}

	@Test
	void deletesAFile() {
		StoredFile stored = storePdf("hapus.pdf");
		this.store.delete(stored.key());
		assertGone(stored.key());
		this.store.delete(stored.key());
	}

	@Test
	void answersNotFoundForAnUnknownKey() {
		assertGone("agency/7/2080/03/" + UUID.randomUUID());
	}

	@Test
	void refusesAKeyItDidNotMake() {
		assertThatThrownBy(() -> this.store.open("agency/7/../../../etc/passwd"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.store.delete(".incoming/upload.part"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsAFileWhoseTransactionCommits() {
		StoredFile stored = this.transactions.execute((status) -> {
			StoredFile file = storePdf("tetap.pdf");
			this.jdbc.update("INSERT INTO evidence_row (id, storage_key) VALUES (1, ?)", file.key());
			return file;
		});
		assertPresent(stored.key());
	}

	@Test
	void deletesAFileWhoseRecordFailsToInsert() {
		StoredFile[] stored = new StoredFile[1];
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			stored[0] = storePdf("gagal.pdf");
			assertPresent(stored[0].key());
			this.jdbc.update("INSERT INTO evidence_row (id, storage_key) VALUES (1, NULL)");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertGone(stored[0].key());
	}

	@Test
	void deletesAFileOnlyAfterTheTransactionCommits() {
		StoredFile stored = storePdf("nanti.pdf");
		this.transactions.executeWithoutResult((status) -> {
			this.store.deleteAfterCommit(stored.key());
			assertPresent(stored.key());
		});
		assertGone(stored.key());
	}

	@Test
	void keepsAFileWhoseDeletingTransactionRollsBack() {
		StoredFile stored = storePdf("batal.pdf");
		this.transactions.executeWithoutResult((status) -> {
			this.store.deleteAfterCommit(stored.key());
			status.setRollbackOnly();
		});
		assertPresent(stored.key());
	}

	@Test
	void deletesAtOnceWithoutATransaction() {
		StoredFile stored = storePdf("langsung.pdf");
		this.store.deleteAfterCommit(stored.key());
		assertGone(stored.key());
	}

	private StoredFile storePdf(String name) {
		return this.store.store(AGENCY, name, "application/pdf", new ByteArrayInputStream(EvidenceSamples.pdf()));
	}

	private void assertKind(String name, byte[] bytes, String contentType) throws IOException {
		StoredFile stored = this.store.store(AGENCY, name, null, new ByteArrayInputStream(bytes));
		assertThat(stored.contentType()).as(name).isEqualTo(contentType);
		assertThat(stored.sha256()).isEqualTo(sha256(bytes));
		try (EvidenceContent content = this.store.open(stored.key())) {
			assertThat(content.stream().readAllBytes()).isEqualTo(bytes);
		}
	}

	private void assertLies(String name, String declared, byte[] bytes) {
		FieldProblem problem = assertRefused(
				() -> this.store.store(AGENCY, name, declared, new ByteArrayInputStream(bytes)),
				"storage.file.type-mismatch");
		assertThat(problem.arguments()).as(name).containsExactly(EvidenceTypes.ALLOWED);
	}

	private static FieldProblem assertRefused(Runnable action, String messageKey) {
		FieldsRejectedException refusal = catchThrowableOfType(FieldsRejectedException.class, action::run);
		assertThat(refusal).as("refused with " + messageKey).isNotNull();
		List<FieldProblem> problems = refusal.getProblems();
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).field()).isEqualTo("file");
		assertThat(problems.get(0).messageKey()).isEqualTo(messageKey);
		return problems.get(0);
	}

	void assertPresent(String key) {
		try (InputStream content = this.store.open(key).stream()) {
			assertThat(content.readAllBytes()).isEqualTo(EvidenceSamples.pdf());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	void assertGone(String key) {
		KinerjaException missing = catchThrowableOfType(KinerjaException.class, () -> this.store.open(key));
		assertThat(missing).isNotNull();
		assertThat(missing.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(missing.getMessageKey()).isEqualTo("storage.file.not-found");
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

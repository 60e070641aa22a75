package id.kinerja.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps evidence files (bukti dukung): checks an upload's name, type and size, stores its
 * bytes under a key of its own making and ties the file's life to the caller's database
 * transaction. It checks no access: the caller (the realisation service) decides who may
 * attach, read or remove a file, and records the returned {@link StoredFile} itself.
 * <p>
 * Refusals are {@link FieldsRejectedException}s on the field {@value #FIELD}; a failure
 * of the storage itself is a {@link KinerjaException} with status 503.
 */
public class EvidenceStore {

	/** The field that refusals name: the upload's form field. */
	public static final String FIELD = "file";

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	private static final Pattern KEY = Pattern
		.compile("agency/\\d{1,18}/\\d{4}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final int BUFFER = 64 * 1024;

	private final ObjectStorage storage;

	private final long maxBytes;

	private final Clock clock;

	EvidenceStore(ObjectStorage storage, long maxBytes, Clock clock) {
		this.storage = storage;
		this.maxBytes = maxBytes;
		this.clock = clock;
	}

	/**
	 * Store an uploaded file of the agency, reading the content once, as a stream, and no
	 * further than the size limit. Inside a transaction, the stored file is deleted again
	 * if that transaction rolls back, so a failed insert of its record leaves no orphan.
	 * @param agencyId the agency the file belongs to (part of its key)
	 * @param originalFileName the name the person gave the file
	 * @param declaredContentType the type the client declared, if any
	 * @param content the bytes; not closed here
	 * @return what was stored
	 * @throws FieldsRejectedException on field {@code file}:
	 * {@code storage.file.name-invalid} (a folder, {@code ..}, a drive or a control
	 * character in the name, or no name), {@code storage.file.type-not-allowed} (an
	 * extension not accepted), {@code storage.file.type-mismatch} (the bytes or the
	 * declared type are not what the extension says), {@code storage.file.empty},
	 * {@code storage.file.too-large}
	 */
	public StoredFile store(long agencyId, String originalFileName, @Nullable String declaredContentType,
			InputStream content) {
		if (!FileNames.acceptable(originalFileName)) {
			throw refused("storage.file.name-invalid");
		}
		String fileName = FileNames.displayName(originalFileName);
		EvidenceTypes.Kind kind = EvidenceTypes.forName(fileName);
		if (kind == null) {
			throw refused("storage.file.type-not-allowed", EvidenceTypes.ALLOWED);
		}
		if (!kind.agreesWith(declaredContentType)) {
			throw refused("storage.file.type-mismatch", EvidenceTypes.ALLOWED);
		}
		Path temp = null;
		try {
			temp = this.storage.newTempFile();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size = copyWithinLimit(content, temp, sha256);
			if (size < 0) {
				throw refused("storage.file.too-large", sizeText(this.maxBytes));
			}
			if (size == 0) {
				throw refused("storage.file.empty");
			}
			if (!kind.matches(temp)) {
				throw refused("storage.file.type-mismatch", EvidenceTypes.ALLOWED);
			}
			String key = newKey(agencyId);
			this.storage.put(key, temp, size, kind.contentType());
			deleteOnRollback(key);
			return new StoredFile(key, fileName, kind.contentType(), size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			log.error("Could not store an evidence file in the {}", this.storage.describe(), ex);
			throw new KinerjaException(HttpStatus.SERVICE_UNAVAILABLE, "storage.unavailable");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temp != null) {
				deleteTemp(temp);
			}
		}
	}

	/**
	 * Open a stored file for streaming; the caller closes it.
	 * @throws KinerjaException {@code storage.file.not-found} (404) when nothing is
	 * stored under the key
	 */
	public EvidenceContent open(String key) {
		requireKey(key);
		try {
			return this.storage.open(key);
		}
		catch (NoSuchFileException ex) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "storage.file.not-found");
		}
		catch (IOException ex) {
			log.error("Could not open evidence {} in the {}", key, this.storage.describe(), ex);
			throw new KinerjaException(HttpStatus.SERVICE_UNAVAILABLE, "storage.unavailable");
		}
	}

	/**
	 * Delete a stored file now; nothing happens when it is already gone. Prefer
	 * {@link #deleteAfterCommit} inside a transaction.
	 */
	public void delete(String key) {
		requireKey(key);
		try {
			this.storage.delete(key);
		}
		catch (IOException ex) {
			log.error("Could not delete evidence {} in the {}", key, this.storage.describe(), ex);
			throw new KinerjaException(HttpStatus.SERVICE_UNAVAILABLE, "storage.unavailable");
		}
	}

	/**
	 * Delete a stored file once the current transaction commits (and keep it if it rolls
	 * back), or now when there is no transaction. A failure to delete after the commit is
	 * logged, not thrown: the commit has happened.
	 */
	public void deleteAfterCommit(String key) {
		requireKey(key);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			delete(key);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				deleteQuietly(key);
			}

		});
	}

	/** Return the largest file accepted, in bytes. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/** Write a size as the refusals show it: {@code 10 MB}, {@code 512 KB}. */
	static String sizeText(long bytes) {
		long mb = 1024L * 1024;
		if (bytes >= mb && bytes % mb == 0) {
			return (bytes / mb) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " B";
	}

	/**
	 * Copy into the file and return the size, or -1 once the content passes the limit.
	 */
	private long copyWithinLimit(InputStream content, Path file, MessageDigest digest) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long size = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			int read;
			while ((read = content.read(buffer, 0, (int) Math.min(buffer.length, this.maxBytes - size + 1))) != -1) {
				size += read;
				if (size > this.maxBytes) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return size;
	}

	private String newKey(long agencyId) {
		LocalDate today = LocalDate.now(this.clock);
		return String.format("agency/%d/%04d/%02d/%s", agencyId, today.getYear(), today.getMonthValue(),
				UUID.randomUUID());
	}

	private void deleteOnRollback(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					deleteQuietly(key);
				}
			}

		});
	}

	private void deleteQuietly(String key) {
		try {
			this.storage.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not delete evidence {} in the {}; it is left behind", key, this.storage.describe(), ex);
		}
	}

	private static void deleteTemp(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary upload {}", temp, ex);
		}
	}

	private static void requireKey(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not an evidence key: " + key);
		}
	}

	private static FieldsRejectedException refused(String messageKey, Object... arguments) {
		return new FieldsRejectedException(List.of(new FieldProblem(FIELD, messageKey, arguments)));
	}

}

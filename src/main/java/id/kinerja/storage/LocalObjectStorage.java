package id.kinerja.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps evidence files in a folder of the server. A file is written to a temporary file
 * in the same folder tree, synced, then moved into place atomically and its folder
 * synced, so a file that {@link #put} acknowledged survives a crash and no half-written
 * file is ever visible under its key.
 */
class LocalObjectStorage implements ObjectStorage {

	private static final String INCOMING = ".incoming";

	private final Path root;

	LocalObjectStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Path newTempFile() throws IOException {
		Path incoming = Files.createDirectories(this.root.resolve(INCOMING));
		return Files.createTempFile(incoming, "upload-", ".part");
	}

	@Override
	public void put(String key, Path file, long size, String contentType) throws IOException {
		Path target = resolve(key);
		Path folder = Files.createDirectories(target.getParent());
		syncFile(file);
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The evidence folder " + this.root + " cannot move files atomically", ex);
		}
		syncFolder(folder);
	}

	@Override
	public EvidenceContent open(String key) throws IOException {
		Path file = resolve(key);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(key);
		}
		return new EvidenceContent(Files.newInputStream(file), Files.size(file));
	}

	@Override
	public void delete(String key) throws IOException {
		Path file = resolve(key);
		if (Files.deleteIfExists(file)) {
			syncFolder(file.getParent());
		}
	}

	@Override
	public String describe() {
		return "folder " + this.root;
	}

	private Path resolve(String key) {
		Path file = this.root.resolve(key).normalize();
		if (!file.startsWith(this.root) || file.startsWith(this.root.resolve(INCOMING))) {
			throw new IllegalArgumentException("Not an evidence key: " + key);
		}
		return file;
	}

	private static void syncFile(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Make a rename or deletion durable; not every platform can open a folder. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Windows cannot open a folder as a channel; its rename is durable by itself.
		}
	}

}

package id.kinerja.storage;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the bytes of evidence files live: a backend of {@link EvidenceStore}. */
interface ObjectStorage {

	/**
	 * Create an empty temporary file to receive an upload, on storage from which
	 * {@link #put} can take it cheaply.
	 */
	Path newTempFile() throws IOException;

	/**
	 * Keep the bytes of the (synced) temporary file under the key, durably once this
	 * returns. The temporary file is consumed or left for the caller to delete.
	 */
	void put(String key, Path file, long size, String contentType) throws IOException;

	/**
	 * Open the object for reading.
	 * @throws NoSuchFileException when there is no object under the key
	 */
	EvidenceContent open(String key) throws IOException;

	/** Delete the object; nothing happens when there is none. */
	void delete(String key) throws IOException;

	/** Name the backend in logs. */
	String describe();

}

package id.kinerja.storage;

/**
 * A file kept in the evidence store, as the caller records it beside its own data.
 *
 * @param key where the store keeps it; contains no user input
 * @param fileName the safe display name (no folders, at most 200 characters)
 * @param contentType the content type checked against the bytes
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the bytes, in lower-case hex
 */
public record StoredFile(String key, String fileName, String contentType, long size, String sha256) {
}

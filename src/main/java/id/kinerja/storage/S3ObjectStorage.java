package id.kinerja.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Keeps evidence files in a bucket of an S3-compatible object store (AWS S3, MinIO,
 * Ceph...). An upload is sent from the temporary file with its length known, so nothing
 * is held in memory; S3 makes an object visible only once it is whole.
 */
class S3ObjectStorage implements ObjectStorage {

	private final S3Client client;

	private final String bucket;

	S3ObjectStorage(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	public Path newTempFile() throws IOException {
		return Files.createTempFile("kinerja-evidence-", ".part");
	}

	@Override
	public void put(String key, Path file, long size, String contentType) throws IOException {
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(this.bucket)
			.key(key)
			.contentType(contentType)
			.contentLength(size)
			.build();
		try {
			this.client.putObject(request, RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new IOException("Could not store " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public EvidenceContent open(String key) throws IOException {
		try {
			ResponseInputStream<GetObjectResponse> stream = this.client
				.getObject(GetObjectRequest.builder().bucket(this.bucket).key(key).build());
			Long length = stream.response().contentLength();
			return new EvidenceContent(stream, (length != null) ? length : -1);
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			this.client.deleteObject(DeleteObjectRequest.builder().bucket(this.bucket).key(key).build());
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public String describe() {
		return "bucket " + this.bucket;
	}

}

package id.kinerja.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence store contract on the S3 backend, against an S3 server in this JVM. */
class S3EvidenceStoreTests extends EvidenceStoreContractTests {

	private static S3Client client;

	@BeforeAll
	static void startClient() {
		client = InJvmS3.shared().client();
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	@Override
	ObjectStorage backend() {
		return new S3ObjectStorage(client, InJvmS3.BUCKET);
	}

	@Override
	long temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("kinerja-evidence-")).count();
		}
	}

	@Test
	void keepsTheObjectWithItsContentTypeAndLength() {
		byte[] png = EvidenceSamples.image("png");
		StoredFile stored = this.store.store(AGENCY, "foto.png", "image/png", new ByteArrayInputStream(png));
		HeadObjectResponse head = client.headObject((request) -> request.bucket(InJvmS3.BUCKET).key(stored.key()));
		assertThat(head.contentType()).isEqualTo("image/png");
		assertThat(head.contentLength()).isEqualTo(png.length);
	}

}

package id.kinerja.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses where evidence files live: {@code kinerja.storage=local} (the default, a
 * folder) or {@code s3} (an S3-compatible bucket).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	EvidenceStore evidenceStore(ObjectStorage storage, @Value("${kinerja.evidence.max-size:10MB}") DataSize maxSize,
			Clock clock) {
		return new EvidenceStore(storage, maxSize.toBytes(), clock);
	}

	@Bean
	@ConditionalOnProperty(name = "kinerja.storage", havingValue = "local", matchIfMissing = true)
	ObjectStorage localObjectStorage(@Value("${kinerja.evidence.dir:${kinerja.data-dir:./data}/evidence}") Path dir) {
		return new LocalObjectStorage(dir);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "kinerja.storage", havingValue = "s3")
	S3Client evidenceS3Client(@Value("${kinerja.s3.endpoint:}") String endpoint,
			@Value("${kinerja.s3.region:us-east-1}") String region,
			@Value("${kinerja.s3.access-key:}") String accessKey, @Value("${kinerja.s3.secret-key:}") String secretKey,
			@Value("${kinerja.s3.path-style:false}") boolean pathStyle) {
		return s3Client(endpoint, region, accessKey, secretKey, pathStyle);
	}

	@Bean
	@ConditionalOnProperty(name = "kinerja.storage", havingValue = "s3")
	ObjectStorage s3ObjectStorage(S3Client evidenceS3Client, @Value("${kinerja.s3.bucket:}") String bucket) {
		if (bucket.isBlank()) {
			throw new IllegalStateException("kinerja.storage=s3 needs a bucket: set KINERJA_S3_BUCKET");
		}
		return new S3ObjectStorage(evidenceS3Client, bucket);
	}

	/**
	 * Build a client for AWS S3 or a compatible store. Checksums are computed only where
	 * the API requires them, since several S3-compatible servers refuse the newer default
	 * trailing checksums.
	 */
	static S3Client s3Client(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
		AwsCredentialsProvider credentials = accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60))
				.build())
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.forcePathStyle(pathStyle)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (!endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

}

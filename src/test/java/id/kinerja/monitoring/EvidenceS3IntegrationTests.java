package id.kinerja.monitoring;

import id.kinerja.DemoAgencyTest;
import id.kinerja.storage.EvidenceStore;
import id.kinerja.storage.InJvmS3;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the API, kept in S3-compatible object storage: a real S3 server
 * (S3Proxy) running in the test JVM. Its own application context and database; year 2069
 * as in the local walk.
 */
@DemoAgencyTest
class EvidenceS3IntegrationTests {

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		InJvmS3.shared().register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceStore store;

	@Test
	void evidenceRoundTripsThroughTheS3Server() throws Exception {
		long before = InJvmS3.shared().client().listObjectsV2((list) -> list.bucket(InJvmS3.BUCKET)).keyCount();
		EvidenceRoundTrip.walk(this.mvc, this.jdbc, this.store, 2069);
		// the file went to the bucket, and left it with its realisation
		assertThat(InJvmS3.shared().client().listObjectsV2((list) -> list.bucket(InJvmS3.BUCKET)).keyCount())
			.isEqualTo(before);
	}

}

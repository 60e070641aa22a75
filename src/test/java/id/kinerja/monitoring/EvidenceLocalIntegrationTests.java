package id.kinerja.monitoring;

import id.kinerja.DemoAgencyTest;
import id.kinerja.storage.EvidenceStore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Evidence through the API, kept in the local evidence folder (the default). Year 2069.
 */
@DemoAgencyTest
class EvidenceLocalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceStore store;

	@Test
	void evidenceRoundTripsThroughTheLocalFolder() throws Exception {
		EvidenceRoundTrip.walk(this.mvc, this.jdbc, this.store, 2069);
	}

}

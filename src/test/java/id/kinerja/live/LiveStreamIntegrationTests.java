package id.kinerja.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.DemoAgencyTest;
import id.kinerja.live.internal.LiveHub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream over a real HTTP server, behind Spring Security and the async dispatch:
 * a committed publish reaches the listener, a rolled-back one sends nothing, and nobody
 * hears another user's topics (nor another agency's), whatever they ask for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.demo=true")
class LiveStreamIntegrationTests {

	/** Analis SDM Aparatur Ahli Pertama. */
	static final String ANALIS = "199203102019031005";

	/** The analyst's direct supervisor. */
	static final String KASUBBID = "198506172010012004";

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	LiveEvents live;

	@Autowired
	LiveHub hub;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	long employeeId(String nip) {
		return this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip").param("nip", nip).query(Long.class).single();
	}

	long agencyId(String nip) {
		return this.jdbc.sql("SELECT agency_id FROM employee WHERE nip = :nip")
			.param("nip", nip)
			.query(Long.class)
			.single();
	}

	SseClient listen(String nip, String path) throws Exception {
		return SseClient.open(this.port, path, SseClient.bearer(this.port, nip, DemoAgencyTest.PASSWORD)).ready();
	}

	void publish(long agencyId, String topic) {
		this.transactions.executeWithoutResult((status) -> this.live.publish(agencyId, topic));
	}

	@Test
	void pushesACommittedPublishToTheListener() throws Exception {
		long analis = employeeId(ANALIS);
		try (SseClient stream = listen(ANALIS, "/live")) {
			publish(agencyId(ANALIS), LiveEvents.employee(analis));
			assertThat(stream.next(WAIT)).isEqualTo("employee");
		}
	}

	@Test
	void sendsNothingForARolledBackPublish() throws Exception {
		long analis = employeeId(ANALIS);
		long agency = agencyId(ANALIS);
		try (SseClient stream = listen(ANALIS, "/live")) {
			this.transactions.executeWithoutResult((status) -> {
				this.live.publish(agency, LiveEvents.employee(analis));
				status.setRollbackOnly();
			});
			// A committed marker after the rolled-back row: it must be the first event.
			publish(agency, LiveEvents.team(analis));
			assertThat(stream.next(WAIT)).isEqualTo("team");
			assertThat(stream.next(Duration.ofMillis(1500))).as("nothing of the rolled-back publish").isNull();
		}
	}

	@Test
	void neverSendsAnotherUsersOrAgencysTopics() throws Exception {
		long analis = employeeId(ANALIS);
		long kasubbid = employeeId(KASUBBID);
		long agency = agencyId(ANALIS);
		// The supervisor asks for the analyst's topics in the request: ignored.
		try (SseClient analyst = listen(ANALIS, "/live");
				SseClient supervisor = listen(KASUBBID, "/live?topic=employee:" + analis + "&topics=team:" + analis)) {
			publish(agency, LiveEvents.employee(analis));
			publish(agency + 1000, LiveEvents.team(analis));
			publish(agency, LiveEvents.team(kasubbid));
			publish(agency, LiveEvents.team(analis));
			assertThat(supervisor.next(WAIT)).isEqualTo("team");
			assertThat(analyst.next(WAIT)).isEqualTo("employee");
			assertThat(analyst.next(WAIT)).as("the other agency's row is skipped, the next own one arrives")
				.isEqualTo("team");
			List<String> more = new ArrayList<>();
			String event;
			while ((event = supervisor.next(Duration.ofMillis(1500))) != null) {
				more.add(event);
			}
			assertThat(more).as("the supervisor hears nothing of the analyst's topics").isEmpty();
		}
	}

	@Test
	void refusesAnonymousListenersAndHasNothingForAnAdministrator() throws Exception {
		try (SseClient anonymous = SseClient.open(this.port, "/live", "Bearer not-a-token")) {
			assertThat(anonymous.status()).isEqualTo(401);
		}
		try (SseClient admin = SseClient.open(this.port, "/live",
				SseClient.bearer(this.port, "admin", DemoAgencyTest.PASSWORD))) {
			assertThat(admin.status()).isEqualTo(204);
		}
	}

	@Test
	void capsTheConnectionsOfOneUserAndEndsTheOldest() throws Exception {
		long analis = employeeId(ANALIS);
		String bearer = SseClient.bearer(this.port, ANALIS, DemoAgencyTest.PASSWORD);
		List<SseClient> streams = new ArrayList<>();
		try {
			for (int i = 0; i < 6; i++) {
				streams.add(SseClient.open(this.port, "/live", bearer).ready());
			}
			assertThat(streams.get(0).next(WAIT)).as("the oldest connection is ended").isEqualTo(SseClient.ENDED);
			long user = this.jdbc.sql("SELECT id FROM user_account WHERE username = :name")
				.param("name", ANALIS)
				.query(Long.class)
				.single();
			assertThat(this.hub.connections(user)).isEqualTo(5);
			publish(agencyId(ANALIS), LiveEvents.employee(analis));
			for (SseClient stream : streams.subList(1, 6)) {
				assertThat(stream.next(WAIT)).isEqualTo("employee");
			}
		}
		finally {
			streams.forEach(SseClient::close);
		}
	}

}

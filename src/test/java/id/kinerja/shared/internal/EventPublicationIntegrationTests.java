package id.kinerja.shared.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.kinerja.DemoAgencyTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable event registry on the real database: an event published in a committed
 * transaction is stored, delivered after commit, and marked complete.
 */
@DemoAgencyTest
@Import(EventPublicationIntegrationTests.Listener.class)
class EventPublicationIntegrationTests {

	record SomethingHappened(String what) {
	}

	@TestConfiguration
	static class Listener {

		static final CompletableFuture<String> received = new CompletableFuture<>();

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			received.complete(event.what());
		}

	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesAndCompletesEventsPublishedInATransaction() throws Exception {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(new SomethingHappened("committed")));
		assertThat(Listener.received.get(10, TimeUnit.SECONDS)).isEqualTo("committed");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long completed = 0;
		while (completed == 0 && System.nanoTime() < deadline) {
			completed = this.jdbc
				.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE ? AND completion_date IS NOT NULL")
				.param("%SomethingHappened")
				.query(Long.class)
				.single();
			if (completed == 0) {
				Thread.onSpinWait();
			}
		}
		assertThat(completed).isEqualTo(1);
	}

}

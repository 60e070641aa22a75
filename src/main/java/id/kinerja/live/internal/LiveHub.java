package id.kinerja.live.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open SSE connections of this node, by topic and by user. Sends each live row to the
 * connections that listen to its topic (several rows of one kind for one connection in
 * one poll become one event), a heartbeat comment to all, and drops a connection when it
 * completes, times out, fails or is the oldest of a user over the cap.
 */
@Component
public class LiveHub {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	/** One open connection. */
	record Connection(long userId, long agencyId, Set<String> topics, SseEmitter emitter) {
	}

	/** A row of {@code live_event} as polled. */
	record Row(long id, long agencyId, String topic) {
	}

	private final Map<String, Set<Connection>> byTopic = new ConcurrentHashMap<>();

	private final Map<Long, Deque<Connection>> byUser = new ConcurrentHashMap<>();

	private final int maxPerUser;

	private final long timeoutMillis;

	LiveHub(@Value("${kinerja.live.max-connections-per-user:5}") int maxPerUser,
			@Value("${kinerja.live.connection-timeout-millis:600000}") long timeoutMillis) {
		this.maxPerUser = maxPerUser;
		this.timeoutMillis = timeoutMillis;
	}

	/**
	 * Open a connection for the user listening to the topics; the first event
	 * ({@code ready}) tells the client it is listening.
	 */
	public SseEmitter open(long userId, long agencyId, Set<String> topics) {
		SseEmitter emitter = new SseEmitter(this.timeoutMillis);
		Connection connection = new Connection(userId, agencyId, Set.copyOf(topics), emitter);
		emitter.onCompletion(() -> remove(connection));
		emitter.onTimeout(() -> {
			remove(connection);
			emitter.complete();
		});
		emitter.onError((ex) -> remove(connection));
		Deque<Connection> own = this.byUser.compute(userId, (key, known) -> {
			Deque<Connection> connections = (known != null) ? known : new ConcurrentLinkedDeque<>();
			connections.addLast(connection);
			return connections;
		});
		for (String topic : connection.topics()) {
			this.byTopic.compute(topic, (key, known) -> {
				Set<Connection> listeners = (known != null) ? known : ConcurrentHashMap.newKeySet();
				listeners.add(connection);
				return listeners;
			});
		}
		while (own.size() > this.maxPerUser) {
			Connection oldest = own.pollFirst();
			if (oldest == null) {
				break;
			}
			remove(oldest);
			oldest.emitter().complete();
		}
		try {
			emitter.send(SseEmitter.event().name("ready").reconnectTime(3000).data("ready"));
		}
		catch (IOException ex) {
			remove(connection);
		}
		return emitter;
	}

	/** Return how many connections this node holds. */
	public int connections() {
		return this.byUser.values().stream().mapToInt(Collection::size).sum();
	}

	/** Return how many connections of the user this node holds. */
	public int connections(long userId) {
		Deque<Connection> own = this.byUser.get(userId);
		return (own != null) ? own.size() : 0;
	}

	/** Return whether any connection of this node listens to anything. */
	boolean idle() {
		return this.byTopic.isEmpty();
	}

	/** Send the rows to the connections that listen to their topics. */
	void deliver(List<Row> rows) {
		Map<Connection, Set<String>> due = new LinkedHashMap<>();
		for (Row row : rows) {
			for (Connection connection : this.byTopic.getOrDefault(row.topic(), Set.of())) {
				if (connection.agencyId() == row.agencyId()) {
					due.computeIfAbsent(connection, (key) -> new LinkedHashSet<>()).add(row.topic());
				}
			}
		}
		due.forEach((connection, topics) -> {
			Set<String> kinds = new LinkedHashSet<>();
			topics.forEach((topic) -> kinds.add(topic.substring(0, Math.max(0, topic.indexOf(':')))));
			for (String kind : kinds) {
				send(connection, SseEmitter.event().name(kind.isEmpty() ? "message" : kind).data(kind));
			}
		});
	}

	/** Send a comment to every connection, which also finds those that went away. */
	void heartbeat() {
		List<Connection> all = new ArrayList<>();
		this.byUser.values().forEach(all::addAll);
		for (Connection connection : all) {
			send(connection, SseEmitter.event().comment("heartbeat"));
		}
	}

	private void send(Connection connection, SseEmitter.SseEventBuilder event) {
		try {
			connection.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Dropping a live connection of user {}: {}", connection.userId(), ex.toString());
			// The container reports the broken connection itself; only forget it here.
			remove(connection);
		}
	}

	private void remove(Connection connection) {
		this.byUser.computeIfPresent(connection.userId(), (key, own) -> {
			own.remove(connection);
			return own.isEmpty() ? null : own;
		});
		for (String topic : connection.topics()) {
			this.byTopic.computeIfPresent(topic, (key, listeners) -> {
				listeners.remove(connection);
				return listeners.isEmpty() ? null : listeners;
			});
		}
	}

}

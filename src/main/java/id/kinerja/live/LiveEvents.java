package id.kinerja.live;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publish live updates. Any module calls {@link #publish} from inside the transaction of
 * the write it announces: the row commits with the change, so a rolled-back write pushes
 * nothing. Topics name whose page should refresh: {@link #employee} for the employee's
 * own standing, {@link #team} for a supervisor's team board.
 */
@Component
public class LiveEvents {

	/** The kind of event an employee's own pages listen to. */
	public static final String EMPLOYEE = "employee";

	/** The kind of event a supervisor's team board listens to. */
	public static final String TEAM = "team";

	/** The longest topic stored. */
	static final int MAX_TOPIC = 120;

	private final JdbcClient jdbc;

	private final Clock clock;

	LiveEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Return the topic of an employee's own pages. */
	public static String employee(long employeeId) {
		return EMPLOYEE + ":" + employeeId;
	}

	/** Return the topic of a supervisor's team board. */
	public static String team(long supervisorId) {
		return TEAM + ":" + supervisorId;
	}

	/**
	 * Announce a change to the listeners of the topic once the caller's transaction
	 * commits. Must be called inside a transaction; refuses a blank or overlong topic.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(long agencyId, String topic) {
		if (topic.isBlank() || topic.length() > MAX_TOPIC) {
			throw new IllegalArgumentException("A live topic is 1 to " + MAX_TOPIC + " characters: " + topic);
		}
		this.jdbc.sql("INSERT INTO live_event (agency_id, topic, created_at) VALUES (:agency, :topic, :at)")
			.param("agency", agencyId)
			.param("topic", topic)
			.param("at", this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	/**
	 * Announce a change to each of the topics (once each) in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(long agencyId, Collection<String> topics) {
		for (String topic : new LinkedHashSet<>(topics)) {
			publish(agencyId, topic);
		}
	}

}

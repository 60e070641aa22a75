package id.kinerja.monitoring.machine;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import id.kinerja.shared.Actor;

import org.jspecify.annotations.Nullable;

/**
 * A machine client acting through the API: of its agency, no employee, no roles; the
 * audit trail records it as {@code client:<name>}.
 *
 * @param clientId the client
 * @param agencyId its agency
 * @param name its name
 * @param indicatorIds the indicators it may report
 */
record MachineActor(long clientId, long agencyId, String name, Set<Long> indicatorIds) implements Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	MachineActor {
		indicatorIds = Set.copyOf(indicatorIds);
	}

	@Override
	public long userId() {
		return 0L;
	}

	@Override
	public String username() {
		return "client:" + this.name;
	}

	@Override
	public @Nullable Long employeeId() {
		return null;
	}

	@Override
	public boolean hasRole(String role) {
		return false;
	}

	@Override
	public Set<Long> adminUnitIds() {
		return Set.of();
	}

	@Override
	public String toString() {
		return username();
	}

}

package id.kinerja.monitoring.machine;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Another system of an agency allowed to report realisation values: its name, what it is,
 * the SHA-256 of its secret token (never the token itself) with the token's first
 * characters to recognise it, whether it may still report, and the indicators (IKI) it
 * may report. Deactivated rather than deleted, so the audit trail keeps who reported.
 */
@Table("machine_client")
public class MachineClient extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final String name;

	private @Nullable String description;

	@JsonIgnore
	private String tokenHash;

	private String tokenPrefix;

	private boolean active;

	@JsonIgnore
	private @Nullable Instant lastUsedAt;

	@MappedCollection(idColumn = "client_id")
	private Set<MachineClientIndicator> indicators;

	@PersistenceCreator
	MachineClient(long agencyId, String name, @Nullable String description, String tokenHash, String tokenPrefix,
			boolean active, @Nullable Instant lastUsedAt, Set<MachineClientIndicator> indicators) {
		this.agencyId = agencyId;
		this.name = name;
		this.description = description;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.active = active;
		this.lastUsedAt = lastUsedAt;
		this.indicators = new HashSet<>(indicators);
	}

	static MachineClient register(long agencyId, String name, @Nullable String description,
			MachineTokens.Issued token) {
		return new MachineClient(agencyId, name, description, token.hash(), token.prefix(), true, null, Set.of());
	}

	void rotate(MachineTokens.Issued token) {
		this.tokenHash = token.hash();
		this.tokenPrefix = token.prefix();
	}

	void deactivate() {
		this.active = false;
	}

	void allowOnly(Collection<Long> indicatorIds) {
		this.indicators = indicatorIds.stream().map(MachineClientIndicator::new).collect(Collectors.toSet());
	}

	void allow(Collection<Long> indicatorIds) {
		indicatorIds.forEach((id) -> this.indicators.add(new MachineClientIndicator(id)));
	}

	void revoke(long indicatorId) {
		this.indicators.remove(new MachineClientIndicator(indicatorId));
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public boolean isActive() {
		return this.active;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	/** Return the indicators the client may report, in id order. */
	public Set<Long> getIndicatorIds() {
		return this.indicators.stream()
			.map(MachineClientIndicator::indicatorId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}

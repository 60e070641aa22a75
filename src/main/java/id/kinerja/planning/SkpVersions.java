package id.kinerja.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kept states of a plan (every submission and approval) and what changed between two
 * of them, for those who may read the plan.
 */
@Service
@Transactional(readOnly = true)
public class SkpVersions {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final SkpVersionRepository versions;

	private final SkpQueries queries;

	private final PlanningAccess access;

	SkpVersions(SkpVersionRepository versions, SkpQueries queries, PlanningAccess access) {
		this.versions = versions;
		this.queries = queries;
		this.access = access;
	}

	/**
	 * A kept state in a list.
	 *
	 * @param number the version's number, from 1
	 * @param status the state kept (submitted or approved)
	 * @param at when
	 * @param by who submitted or approved
	 */
	public record VersionSummary(int number, SkpStatus status, @Nullable Instant at, @Nullable String by) {
	}

	/**
	 * One difference between two states.
	 *
	 * @param kind {@code ADDED}, {@code REMOVED} or {@code CHANGED}
	 * @param part what changed: {@code skp}, {@code rhk}, {@code indicator} or
	 * {@code behaviour}
	 * @param rhkNumber the RHK's number (in the later state when it exists there)
	 * @param field the field that changed, null for a whole part added or removed
	 * @param before the value before
	 * @param after the value after
	 */
	public record Change(String kind, String part, @Nullable Integer rhkNumber, @Nullable String field,
			@Nullable String before, @Nullable String after) {
	}

	/** List the kept states of the plan, oldest first. */
	public List<VersionSummary> list(long skpId) {
		Skp skp = this.queries.require(skpId);
		this.access.requireRead(skp);
		return this.versions.findBySkpIdOrderByVersionNo(skpId)
			.stream()
			.map((version) -> new VersionSummary(version.getVersionNo(), version.getStatus(), version.getCreatedAt(),
					version.getCreatedBy()))
			.toList();
	}

	/** Return one kept state of the plan, whole. */
	public SkpView one(long skpId, int number) {
		Skp skp = this.queries.require(skpId);
		this.access.requireRead(skp);
		return read(skpId, number);
	}

	/** Return what changed from one kept state of the plan to another. */
	public List<Change> changes(long skpId, int from, int to) {
		Skp skp = this.queries.require(skpId);
		this.access.requireRead(skp);
		return diff(read(skpId, from), read(skpId, to));
	}

	private SkpView read(long skpId, int number) {
		SkpVersion version = this.versions.findBySkpIdAndVersionNo(skpId, number)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.version.not-found", number));
		return JSON.readValue(version.getSnapshot(), SkpView.class);
	}

	static List<Change> diff(SkpView before, SkpView after) {
		List<Change> changes = new ArrayList<>();
		field(changes, "skp", null, "approach", before.approach(), after.approach());
		field(changes, "skp", null, "resourceSupport", before.resourceSupport(), after.resourceSupport());
		field(changes, "skp", null, "accountabilityScheme", before.accountabilityScheme(),
				after.accountabilityScheme());
		field(changes, "skp", null, "consequences", before.consequences(), after.consequences());
		Map<Long, SkpView.RhkView> old = new LinkedHashMap<>();
		before.rhk().forEach((rhk) -> old.put(rhk.id(), rhk));
		for (SkpView.RhkView rhk : after.rhk()) {
			SkpView.RhkView was = old.remove(rhk.id());
			if (was == null) {
				changes.add(new Change("ADDED", "rhk", rhk.number(), null, null, rhk.text()));
				continue;
			}
			field(changes, "rhk", rhk.number(), "text", was.text(), rhk.text());
			field(changes, "rhk", rhk.number(), "kind", was.kind(), rhk.kind());
			field(changes, "rhk", rhk.number(), "supervisorRhk", was.supervisorRhkText(), rhk.supervisorRhkText());
			field(changes, "rhk", rhk.number(), "orgGoal", was.orgGoalText(), rhk.orgGoalText());
			field(changes, "rhk", rhk.number(), "perspective", was.perspective(), rhk.perspective());
			Map<Long, SkpView.IndicatorView> oldIndicators = new LinkedHashMap<>();
			was.indicators().forEach((indicator) -> oldIndicators.put(indicator.id(), indicator));
			for (SkpView.IndicatorView indicator : rhk.indicators()) {
				SkpView.IndicatorView wasIndicator = oldIndicators.remove(indicator.id());
				if (wasIndicator == null) {
					changes.add(new Change("ADDED", "indicator", rhk.number(), null, null, indicator.text()));
					continue;
				}
				field(changes, "indicator", rhk.number(), "text", wasIndicator.text(), indicator.text());
				field(changes, "indicator", rhk.number(), "aspect", wasIndicator.aspect(), indicator.aspect());
				field(changes, "indicator", rhk.number(), "target", wasIndicator.target(), indicator.target());
				field(changes, "indicator", rhk.number(), "unit", wasIndicator.unit(), indicator.unit());
			}
			oldIndicators.values()
				.forEach((gone) -> changes
					.add(new Change("REMOVED", "indicator", rhk.number(), null, gone.text(), null)));
		}
		old.values()
			.forEach((gone) -> changes.add(new Change("REMOVED", "rhk", gone.number(), null, gone.text(), null)));
		Map<CoreValue, String> expected = new LinkedHashMap<>();
		before.behaviours().forEach((behaviour) -> expected.put(behaviour.value(), behaviour.expectation()));
		for (SkpView.BehaviourView behaviour : after.behaviours()) {
			field(changes, "behaviour", null, behaviour.value().name(), expected.get(behaviour.value()),
					behaviour.expectation());
		}
		return changes;
	}

	private static void field(List<Change> changes, String part, @Nullable Integer rhkNumber, String field,
			@Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change("CHANGED", part, rhkNumber, field, (before != null) ? before.toString() : null,
					(after != null) ? after.toString() : null));
		}
	}

}

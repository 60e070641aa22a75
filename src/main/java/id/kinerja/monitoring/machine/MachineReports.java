package id.kinerja.monitoring.machine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerja.monitoring.RealisationService;
import id.kinerja.monitoring.RealisationService.RealisationInput;
import id.kinerja.monitoring.RealisationService.Saved;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a machine client reports: realisation values of the indicators its token allows,
 * one at a time or many at once (all or nothing), each written as system-sourced under
 * the client's name. Only a signed-in machine client may call it.
 */
@Service
class MachineReports {

	/** The most items one batch may carry. */
	static final int MAX_BATCH = 500;

	private final RealisationService realisations;

	private final MachineClientService clients;

	MachineReports(RealisationService realisations, MachineClientService clients) {
		this.realisations = realisations;
		this.clients = clients;
	}

	/**
	 * A value as a system sends it.
	 *
	 * @param indicatorId the indicator
	 * @param period the period's code ({@code 2026-10}, {@code 2026-Q4}, {@code 2026-S2})
	 * @param value the realised value
	 * @param budget the period's budget, for a Biaya indicator
	 * @param note what it is (e.g. how it was measured)
	 * @param obstacle the obstacle, required below target
	 * @param cause its cause, required below target
	 * @param fix the planned fix, required below target
	 */
	record Reading(@Nullable Long indicatorId, @Nullable String period, @Nullable String value, @Nullable String budget,
			@Nullable String note, @Nullable String obstacle, @Nullable String cause, @Nullable String fix) {

		RealisationInput input() {
			return new RealisationInput((this.period == null) ? null : this.period.strip(), this.indicatorId,
					this.value, this.budget, this.note, this.obstacle, this.cause, this.fix);
		}

	}

	/** Write one value. */
	@Transactional
	Saved report(@Nullable Reading reading) {
		MachineActor client = client();
		if (reading == null) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("indicatorId", "monitoring.realisation.indicator.required")));
		}
		return this.realisations.recordFromSystem(client.agencyId(), client.name(), client.indicatorIds(),
				reading.input());
	}

	/**
	 * Write every value or none: each refused item is named by its index and field
	 * ({@code items[3].value}).
	 */
	@Transactional
	List<Saved> reportAll(@Nullable List<@Nullable Reading> items) {
		MachineActor client = client();
		if (items == null || items.isEmpty()) {
			throw new FieldsRejectedException(List.of(new FieldProblem("items", "monitoring.machine.batch.empty")));
		}
		if (items.size() > MAX_BATCH) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("items", "monitoring.machine.batch.size", MAX_BATCH)));
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<Saved> saved = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String at = "items[" + i + "]";
			Reading item = items.get(i);
			if (item == null) {
				problems.add(new FieldProblem(at, "monitoring.machine.batch.item-required"));
				continue;
			}
			if (item.indicatorId() != null && item.period() != null
					&& !seen.add(item.indicatorId() + "@" + item.period().strip())) {
				problems.add(new FieldProblem(at + ".indicatorId", "monitoring.machine.batch.duplicate",
						String.valueOf(item.indicatorId()), item.period().strip()));
				continue;
			}
			try {
				saved.add(this.realisations.recordFromSystem(client.agencyId(), client.name(), client.indicatorIds(),
						item.input()));
			}
			catch (FieldsRejectedException ex) {
				ex.getProblems()
					.forEach((problem) -> problems
						.add(new FieldProblem(at + "." + problem.field(), problem.messageKey(), problem.arguments())));
			}
			catch (KinerjaException ex) {
				String field = "monitoring.machine.indicator-denied".equals(ex.getMessageKey()) ? at + ".indicatorId"
						: at;
				problems.add(new FieldProblem(field, ex.getMessageKey(), ex.getArguments()));
			}
		}
		if (!problems.isEmpty()) {
			// Nothing of the batch stays: this refusal rolls the whole transaction back.
			throw new FieldsRejectedException(problems);
		}
		return saved;
	}

	/** Describe the indicators the calling client may report. */
	@Transactional(readOnly = true)
	List<MachineClientService.IndicatorInfo> indicators() {
		MachineActor client = client();
		return this.clients.indicators(client.agencyId(), client.indicatorIds());
	}

	private static MachineActor client() {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "monitoring.machine.token.missing"));
		if (!(actor instanceof MachineActor client)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.machine.clients-only");
		}
		return client;
	}

}

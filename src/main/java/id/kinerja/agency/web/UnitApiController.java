package id.kinerja.agency.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.StructureService;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Units")
class UnitApiController {

	private final UnitRepository units;

	private final StructureService structure;

	UnitApiController(UnitRepository units, StructureService structure) {
		this.units = units;
		this.structure = structure;
	}

	/** A unit as the API lists it. */
	record UnitView(String code, String name, @Nullable String abbreviation, @Nullable String parentCode,
			boolean closed) {
	}

	/**
	 * A unit as a write returns it, with the version to send back with the next change.
	 */
	record SavedUnit(String code, String name, @Nullable String abbreviation, @Nullable String parentCode,
			@Nullable LocalDate closedOn, @Nullable String closedReason, @Nullable Long version) {
	}

	@GetMapping("/api/v1/units")
	@Operation(summary = "The units of the caller's agency, parents before children")
	List<UnitView> list() {
		long agencyId = Actor.current().orElseThrow(() -> new AccessDeniedException("no actor")).agencyId();
		List<Unit> all = this.units.findSubtree(agencyId, "/%");
		Map<Long, String> codes = new HashMap<>();
		all.forEach((unit) -> codes.put(unit.getId(), unit.getCode()));
		return all.stream()
			.map((unit) -> new UnitView(unit.getCode(), unit.getName(), unit.getAbbreviation(),
					(unit.getParentId() != null) ? codes.get(unit.getParentId()) : null, unit.isClosed()))
			.toList();
	}

	@PostMapping("/api/v1/units")
	@Operation(summary = "Create a unit (Admin BKPSDM; Admin OPD under its own units)",
			description = "An empty parentCode makes a top-level unit, which only Admin BKPSDM may do.")
	ResponseEntity<SavedUnit> create(@Valid @RequestBody UnitForm form) {
		Unit unit = this.structure.createUnit(form.code(), form.name(), form.abbreviation(),
				blankToNull(form.parentCode()));
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.getCode())).body(saved(unit));
	}

	@PutMapping("/api/v1/units/{code}")
	@Operation(summary = "Rename a unit", description = "Send the version you read; a stale one answers 409.")
	SavedUnit rename(@PathVariable String code, @Valid @RequestBody UnitRenameForm form) {
		return saved(this.structure.renameUnit(code, form.name(), form.abbreviation(), form.version()));
	}

	@PostMapping("/api/v1/units/{code}/move")
	@Operation(summary = "Move a unit with everything below it under another unit",
			description = "An empty parentCode moves it to the top (Admin BKPSDM only); a unit cannot move under itself.")
	SavedUnit move(@PathVariable String code, @Valid @RequestBody UnitMoveForm form) {
		return saved(this.structure.moveUnit(code, blankToNull(form.parentCode()), form.version()));
	}

	@PostMapping("/api/v1/units/{code}/close")
	@Operation(summary = "Close a unit on a date with a reason, keeping it for history",
			description = "Refused while open units sit under it.")
	SavedUnit close(@PathVariable String code, @Valid @RequestBody UnitCloseForm form) {
		return saved(this.structure.closeUnit(code, form.closedOn(), form.reason(), form.version()));
	}

	private SavedUnit saved(Unit unit) {
		String parentCode = (unit.getParentId() != null)
				? this.units.findById(unit.getParentId()).map(Unit::getCode).orElse(null) : null;
		return new SavedUnit(unit.getCode(), unit.getName(), unit.getAbbreviation(), parentCode, unit.getClosedOn(),
				unit.getClosedReason(), unit.getVersion());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

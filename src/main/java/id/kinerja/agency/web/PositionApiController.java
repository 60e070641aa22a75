package id.kinerja.agency.web;

import java.net.URI;
import java.time.LocalDate;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.StructureService;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Positions")
class PositionApiController {

	private final StructureService structure;

	private final UnitRepository units;

	PositionApiController(StructureService structure, UnitRepository units) {
		this.structure = structure;
		this.units = units;
	}

	/** A post (jabatan), with the version to send back with the next change. */
	record PositionView(long id, String unitCode, String name, PositionType positionType, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit, @Nullable LocalDate closedOn, @Nullable String closedReason,
			@Nullable Long version) {
	}

	@GetMapping("/api/v1/positions/{id}")
	@Operation(summary = "One post of the caller's agency")
	PositionView one(@PathVariable long id) {
		return view(this.structure.requirePosition(id));
	}

	@PostMapping("/api/v1/positions")
	@Operation(summary = "Create a post in a unit (Admin BKPSDM; Admin OPD in its own units)",
			description = "jenjang is required for FUNGSIONAL and refused otherwise; a unit has at most one head post.")
	ResponseEntity<PositionView> create(@Valid @RequestBody PositionForm form) {
		Position position = this.structure.createPosition(form.unitCode(), form.name(), form.positionType(),
				form.jenjang(), form.reportsToId(), form.heads());
		return ResponseEntity.created(URI.create("/api/v1/positions/" + position.getId())).body(view(position));
	}

	@PutMapping("/api/v1/positions/{id}")
	@Operation(summary = "Redefine a post: unit, name, type, level, the post above, unit head",
			description = "Refuses a cycle in the reporting tree; send the version you read, a stale one answers 409.")
	PositionView redefine(@PathVariable long id, @Valid @RequestBody PositionForm form) {
		return view(this.structure.redefinePosition(id, form.unitCode(), form.name(), form.positionType(),
				form.jenjang(), form.reportsToId(), form.heads(), form.version()));
	}

	@PostMapping("/api/v1/positions/{id}/close")
	@Operation(summary = "Close a post on a date with a reason, keeping it for history",
			description = "Refused (409) while someone holds it (definitive, Plt or Plh) on that date or later, "
					+ "or while open posts report to it; send the version you read.")
	PositionView close(@PathVariable long id, @Valid @RequestBody PositionCloseForm form) {
		return view(this.structure.closePosition(id, form.closedOn(), form.reason(), form.version()));
	}

	private PositionView view(Position position) {
		String unitCode = this.units.findById(position.getUnitId()).map(Unit::getCode).orElse("");
		return new PositionView(position.getId(), unitCode, position.getName(), position.getPositionType(),
				position.getJenjang(), position.getReportsToId(), position.isHeadsUnit(), position.getClosedOn(),
				position.getClosedReason(), position.getVersion());
	}

}

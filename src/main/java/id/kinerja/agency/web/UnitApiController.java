package id.kinerja.agency.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Units")
class UnitApiController {

	private final UnitRepository units;

	UnitApiController(UnitRepository units) {
		this.units = units;
	}

	/** A unit as the API lists it. */
	record UnitView(String code, String name, @Nullable String abbreviation, @Nullable String parentCode,
			boolean closed) {
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

}

package id.kinerja.employee.web;

import java.time.LocalDate;
import java.util.List;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.StructureQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Units")
class UnitDetailApiController {

	private final StructureQueries queries;

	UnitDetailApiController(StructureQueries queries) {
		this.queries = queries;
	}

	/** Someone holding a post today. */
	record HolderDetail(String nip, String name, AssignmentKind kind, LocalDate startDate,
			@Nullable LocalDate endDate) {
	}

	/** A post of the unit with its holders today. */
	record PostDetail(long id, String name, PositionType positionType, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit, boolean vacant, @Nullable Long version,
			List<HolderDetail> holders) {
	}

	/** A unit directly below. */
	record ChildUnit(String code, String name, boolean closed, long headCount, long subtreeHeadCount) {
	}

	/** A unit with its posts and holders. */
	record UnitDetail(String code, String name, @Nullable String abbreviation, @Nullable String parentCode,
			@Nullable LocalDate closedOn, @Nullable String closedReason, @Nullable Long version, long headCount,
			long subtreeHeadCount, @Nullable PostDetail head, List<PostDetail> posts, List<ChildUnit> children) {
	}

	@GetMapping("/api/v1/units/{code}")
	@Operation(summary = "One unit with its posts, who holds them today (definitive, Plt, Plh) and its sub-units",
			description = "headCount counts active employees whose definitive post is in the unit; "
					+ "subtreeHeadCount includes every unit below.")
	UnitDetail one(@PathVariable String code) {
		StructureQueries.UnitPage page = this.queries.unit(code);
		Unit unit = page.unit();
		Unit parent = page.parent();
		List<PostDetail> posts = page.groups()
			.stream()
			.flatMap((group) -> group.posts().stream())
			.map(UnitDetailApiController::post)
			.toList();
		List<ChildUnit> children = page.children()
			.stream()
			.map((child) -> new ChildUnit(child.unit().getCode(), child.unit().getName(), child.unit().isClosed(),
					child.headCount(), child.subtreeHeadCount()))
			.toList();
		return new UnitDetail(unit.getCode(), unit.getName(), unit.getAbbreviation(),
				(parent != null) ? parent.getCode() : null, unit.getClosedOn(), unit.getClosedReason(),
				unit.getVersion(), page.headCount(), page.subtreeHeadCount(),
				(page.head() != null) ? post(page.head()) : null, posts, children);
	}

	private static PostDetail post(StructureQueries.PostView view) {
		List<HolderDetail> holders = view.holders()
			.stream()
			.map((holder) -> new HolderDetail(holder.nip(), holder.name(), holder.kind(), holder.startDate(),
					holder.endDate()))
			.toList();
		return new PostDetail(view.position().getId(), view.position().getName(), view.position().getPositionType(),
				view.position().getJenjang(), view.position().getReportsToId(), view.position().isHeadsUnit(),
				view.vacant(), view.position().getVersion(), holders);
	}

}

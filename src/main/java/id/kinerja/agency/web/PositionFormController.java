package id.kinerja.agency.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionRepository;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.StructureService;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.shared.FormErrors;
import id.kinerja.shared.KinerjaException;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form that creates or redefines a post (jabatan): unit, name, type, level, the post
 * it reports to (chosen by unit, then post) and whether it heads the unit. Only for those
 * who may change the unit; everyone else gets 403.
 */
@Controller
class PositionFormController {

	private static final Map<String, String> FIELDS = Map.of("agency.unit.not-found", "unitCode", "agency.unit.closed",
			"unitCode", "agency.position.jenjang.required", "jenjang", "agency.position.jenjang.not-allowed", "jenjang",
			"agency.position.cycle", "reportsToId", "agency.position.other-agency", "reportsToId",
			"agency.position.not-found", "reportsToId", "agency.position.head.taken", "headsUnit",
			"agency.position.closed", "reportsToId");

	private static final Map<String, String> CLOSE_FIELDS = Map.of("agency.position.close.held", "closedOn",
			"agency.form.reason.required", "reason");

	private final StructureAccess access;

	private final StructureService structure;

	private final UnitService unitService;

	private final UnitRepository units;

	private final PositionRepository positions;

	PositionFormController(StructureAccess access, StructureService structure, UnitService unitService,
			UnitRepository units, PositionRepository positions) {
		this.access = access;
		this.structure = structure;
		this.unitService = unitService;
		this.units = units;
		this.positions = positions;
	}

	@GetMapping("/positions/new")
	String newPosition(@RequestParam(required = false) @Nullable String unit, Model model) {
		if (!this.access.mayChangeSomething()) {
			throw StructureAccess.denied();
		}
		Unit home = (unit != null) ? this.unitService.require(this.access.actor().agencyId(), unit) : null;
		if (home != null) {
			this.access.requireMayChange(home);
		}
		Position above = (home != null) ? defaultAbove(home) : null;
		model.addAttribute("form", new PositionForm((home != null) ? home.getCode() : null, null,
				PositionType.PELAKSANA, null, (above != null) ? above.getId() : null, false, null));
		return page(model, null, (above != null) ? unitCode(above) : (home != null) ? home.getCode() : null);
	}

	@PostMapping("/positions/new")
	String create(@Valid @ModelAttribute("form") PositionForm form, BindingResult result,
			@RequestParam(name = "unit", required = false) @Nullable String reportsToUnit, Model model,
			RedirectAttributes redirect) {
		if (!this.access.mayChangeSomething()) {
			throw StructureAccess.denied();
		}
		if (!result.hasErrors()) {
			try {
				Position position = this.structure.createPosition(form.unitCode(), form.name(), form.positionType(),
						form.jenjang(), form.reportsToId(), form.heads());
				return saved(redirect, "agency.position.saved.created", position);
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
		}
		return page(model, null, reportsToUnit);
	}

	@GetMapping("/positions/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Position position = changeable(id);
		Position above = (position.getReportsToId() != null)
				? this.positions.findById(position.getReportsToId()).orElse(null) : null;
		model.addAttribute("form", new PositionForm(unitCode(position), position.getName(), position.getPositionType(),
				position.getJenjang(), position.getReportsToId(), position.isHeadsUnit(), position.getVersion()));
		return page(model, position, (above != null) ? unitCode(above) : unitCode(position));
	}

	@PostMapping("/positions/{id}/edit")
	String redefine(@PathVariable long id, @Valid @ModelAttribute("form") PositionForm form, BindingResult result,
			@RequestParam(name = "unit", required = false) @Nullable String reportsToUnit, Model model,
			RedirectAttributes redirect) {
		Position position = changeable(id);
		if (!result.hasErrors()) {
			try {
				return saved(redirect, "agency.position.saved.changed",
						this.structure.redefinePosition(id, form.unitCode(), form.name(), form.positionType(),
								form.jenjang(), form.reportsToId(), form.heads(), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return page(model, position, reportsToUnit);
	}

	@GetMapping("/positions/{id}/close")
	String closeForm(@PathVariable long id, Model model) {
		Position position = changeable(id);
		model.addAttribute("form", new PositionCloseForm(null, null, position.getVersion()));
		return closePage(model, position);
	}

	@PostMapping("/positions/{id}/close")
	String close(@PathVariable long id, @Valid @ModelAttribute("form") PositionCloseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Position position = changeable(id);
		if (!result.hasErrors()) {
			try {
				return saved(redirect, "agency.position.saved.closed",
						this.structure.closePosition(id, form.closedOn(), form.reason(), form.version()));
			}
			catch (KinerjaException ex) {
				if (ex.getStatus() == HttpStatus.FORBIDDEN) {
					throw ex;
				}
				FormErrors.reject(result, ex, CLOSE_FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return closePage(model, position);
	}

	private String closePage(Model model, Position position) {
		model.addAttribute("position", position);
		model.addAttribute("unit", this.units.findById(position.getUnitId()).orElseThrow());
		return "positions/close";
	}

	private String page(Model model, @Nullable Position position, @Nullable String reportsToUnit) {
		long agencyId = this.access.actor().agencyId();
		List<Unit> all = this.units.findSubtree(agencyId, "/%").stream().filter((unit) -> !unit.isClosed()).toList();
		List<Position> reportsToOptions = Optional.ofNullable(reportsToUnit)
			.filter((code) -> !code.isBlank())
			.flatMap((code) -> this.units.findByAgencyIdAndCode(agencyId, code))
			.map((unit) -> this.positions.findByUnitId(unit.getId()))
			.orElse(List.of())
			.stream()
			.filter((candidate) -> candidate.getClosedOn() == null)
			.filter((candidate) -> position == null || !candidate.getId().equals(position.getId()))
			.toList();
		model.addAttribute("position", position);
		model.addAttribute("units", this.access.changeableUnits());
		model.addAttribute("allUnits", all);
		model.addAttribute("reportsToUnit", reportsToUnit);
		model.addAttribute("reportsToOptions", reportsToOptions);
		model.addAttribute("types", PositionType.values());
		model.addAttribute("jenjangs", Jenjang.values());
		return "positions/form";
	}

	/** The post a new post most likely reports to: its unit's head, else the parent's. */
	private @Nullable Position defaultAbove(Unit unit) {
		Optional<Position> head = headOf(unit.getId());
		if (head.isPresent()) {
			return head.get();
		}
		return (unit.getParentId() != null) ? headOf(unit.getParentId()).orElse(null) : null;
	}

	private Optional<Position> headOf(long unitId) {
		return this.positions.findByUnitId(unitId)
			.stream()
			.filter((post) -> post.isHeadsUnit() && post.getClosedOn() == null)
			.findFirst();
	}

	private Position changeable(long id) {
		Position position = this.structure.requirePosition(id);
		this.access.requireMayChangeUnit(position.getUnitId());
		return position;
	}

	private String unitCode(Position position) {
		return this.units.findById(position.getUnitId()).map(Unit::getCode).orElse("");
	}

	private String saved(RedirectAttributes redirect, String noticeKey, Position position) {
		redirect.addFlashAttribute("notice", noticeKey);
		redirect.addFlashAttribute("noticeArgs", new Object[] { position.getName() });
		return "redirect:/units/" + unitCode(position);
	}

	private static void refuse(BindingResult result, KinerjaException ex) {
		if (ex.getStatus() == HttpStatus.FORBIDDEN) {
			throw ex;
		}
		FormErrors.reject(result, ex, FIELDS);
	}

}

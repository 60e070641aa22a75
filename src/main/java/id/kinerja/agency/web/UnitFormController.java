package id.kinerja.agency.web;

import java.util.List;
import java.util.Map;

import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.StructureService;
import id.kinerja.agency.Unit;
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
 * The forms that change the unit tree: create, rename, move and close a unit. Shown only
 * to those who may change the unit; everyone else gets 403, on the form and on its POST.
 */
@Controller
class UnitFormController {

	/** Which field a refusal belongs to. */
	private static final Map<String, String> FIELDS = Map.of("agency.unit.code.format", "code",
			"agency.unit.code.taken", "code", "agency.unit.not-found", "parentCode", "agency.unit.closed", "parentCode",
			"agency.unit.move.cycle", "parentCode");

	private final StructureAccess access;

	private final StructureService structure;

	private final UnitService units;

	UnitFormController(StructureAccess access, StructureService structure, UnitService units) {
		this.access = access;
		this.structure = structure;
		this.units = units;
	}

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) @Nullable String parent, Model model) {
		requireSomeRights();
		model.addAttribute("form", new UnitForm(null, null, null, parent));
		return newUnitPage(model);
	}

	@PostMapping("/units/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireSomeRights();
		if (!result.hasErrors()) {
			try {
				Unit unit = this.structure.createUnit(form.code(), form.name(), form.abbreviation(),
						UnitApiController.blankToNull(form.parentCode()));
				return saved(redirect, "agency.unit.saved.created", unit);
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
		}
		return newUnitPage(model);
	}

	private String newUnitPage(Model model) {
		model.addAttribute("parents", this.access.changeableUnits());
		model.addAttribute("mayCreateTop", this.access.mayChangeWholeAgency());
		return "units/new";
	}

	@GetMapping("/units/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		Unit unit = changeable(code);
		model.addAttribute("form", new UnitRenameForm(unit.getName(), unit.getAbbreviation(), unit.getVersion()));
		model.addAttribute("unit", unit);
		return "units/edit";
	}

	@PostMapping("/units/{code}/edit")
	String rename(@PathVariable String code, @Valid @ModelAttribute("form") UnitRenameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = changeable(code);
		if (!result.hasErrors()) {
			try {
				return saved(redirect, "agency.unit.saved.renamed",
						this.structure.renameUnit(code, form.name(), form.abbreviation(), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		model.addAttribute("unit", unit);
		return "units/edit";
	}

	@GetMapping("/units/{code}/move")
	String moveForm(@PathVariable String code, Model model) {
		Unit unit = changeable(code);
		String parentCode = parentCode(unit);
		model.addAttribute("form", new UnitMoveForm(parentCode, unit.getVersion()));
		return movePage(unit, model);
	}

	@PostMapping("/units/{code}/move")
	String move(@PathVariable String code, @Valid @ModelAttribute("form") UnitMoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = changeable(code);
		if (!result.hasErrors()) {
			try {
				return saved(redirect, "agency.unit.saved.moved", this.structure.moveUnit(code,
						UnitApiController.blankToNull(form.parentCode()), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return movePage(unit, model);
	}

	private String movePage(Unit unit, Model model) {
		List<Unit> parents = this.access.changeableUnits()
			.stream()
			.filter((candidate) -> !candidate.getPath().startsWith(unit.getPath()))
			.toList();
		model.addAttribute("unit", unit);
		model.addAttribute("currentParent", parentCode(unit));
		model.addAttribute("parents", parents);
		model.addAttribute("mayMoveToTop", this.access.mayChangeWholeAgency());
		return "units/move";
	}

	@GetMapping("/units/{code}/close")
	String closeForm(@PathVariable String code, Model model) {
		Unit unit = changeable(code);
		model.addAttribute("form", new UnitCloseForm(null, null, unit.getVersion()));
		model.addAttribute("unit", unit);
		return "units/close";
	}

	@PostMapping("/units/{code}/close")
	String close(@PathVariable String code, @Valid @ModelAttribute("form") UnitCloseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit unit = changeable(code);
		if (!result.hasErrors()) {
			try {
				return saved(redirect, "agency.unit.saved.closed",
						this.structure.closeUnit(code, form.closedOn(), form.reason(), form.version()));
			}
			catch (KinerjaException ex) {
				refuse(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		model.addAttribute("unit", unit);
		return "units/close";
	}

	private void requireSomeRights() {
		if (!this.access.mayChangeSomething()) {
			throw StructureAccess.denied();
		}
	}

	private Unit changeable(String code) {
		Unit unit = this.units.require(this.access.actor().agencyId(), code);
		this.access.requireMayChange(unit);
		return unit;
	}

	private @Nullable String parentCode(Unit unit) {
		String[] codes = unit.getPath().split("/");
		return (codes.length > 2) ? codes[codes.length - 2] : null;
	}

	private static String saved(RedirectAttributes redirect, String noticeKey, Unit unit) {
		redirect.addFlashAttribute("notice", noticeKey);
		redirect.addFlashAttribute("noticeArgs", new Object[] { unit.getName() });
		return "redirect:/units/" + unit.getCode();
	}

	/**
	 * Show a refusal on the form; a refusal of access is a 403 page, not a form error.
	 */
	static void refuse(BindingResult result, KinerjaException ex) {
		if (ex.getStatus() == HttpStatus.FORBIDDEN) {
			throw ex;
		}
		FormErrors.reject(result, ex, FIELDS);
	}

}

package id.kinerja.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.UnitImportService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.imports.EmployeeImportService;
import id.kinerja.shared.tabular.TableFormat;
import id.kinerja.shared.tabular.TableWriter;

import org.jspecify.annotations.Nullable;

/**
 * A generated agency, not yet stored: its units (parents first), its posts (each after
 * the post it reports to) and its people, each holding one post definitively; a post may
 * be vacant, and a vacant post may have an acting holder (Plt). Made by
 * {@link AgencyGenerator}; written as import files or loaded into a database.
 *
 * @param code the agency's code
 * @param name the agency's name
 * @param type the kind of agency
 * @param units the units, parents before children
 * @param posts the posts, each after the one it reports to
 * @param people the employees
 */
public record AgencyBlueprint(String code, String name, AgencyType type, List<Unit> units, List<Post> posts,
		List<Person> people) {

	/**
	 * A unit.
	 *
	 * @param code its code
	 * @param name its name
	 * @param abbreviation its short name, if any
	 * @param parentCode the parent's code, null at the top
	 */
	public record Unit(String code, String name, @Nullable String abbreviation, @Nullable String parentCode) {
	}

	/**
	 * A post (jabatan).
	 *
	 * @param unitCode the unit it belongs to
	 * @param name its name
	 * @param type its type
	 * @param jenjang its level (functional posts only)
	 * @param reportsTo the index of the post above, -1 for the top
	 * @param headsUnit whether it heads its unit
	 * @param actingNip the NIP of the acting holder (Plt) of a vacant post, if any
	 */
	public record Post(String unitCode, String name, PositionType type, @Nullable Jenjang jenjang, int reportsTo,
			boolean headsUnit, @Nullable String actingNip) {
	}

	/**
	 * An employee.
	 *
	 * @param nip the NIP
	 * @param details the personal data
	 * @param post the index of the post held definitively
	 */
	public record Person(String nip, Employee.Details details, int post) {
	}

	public AgencyBlueprint {
		units = List.copyOf(units);
		posts = List.copyOf(posts);
		people = List.copyOf(people);
	}

	/**
	 * Return each person's direct supervisor's NIP (null for the top), in the order of
	 * {@link #people()}: whoever acts in the first post above, vacant posts passed over
	 * and acting holders standing in, as reporting lines and exports read it.
	 */
	public List<@Nullable String> supervisorNips() {
		String[] acting = new String[this.posts.size()];
		for (Person person : this.people) {
			acting[person.post()] = person.nip();
		}
		for (int i = 0; i < acting.length; i++) {
			if (this.posts.get(i).actingNip() != null) {
				acting[i] = this.posts.get(i).actingNip();
			}
		}
		List<@Nullable String> supervisors = new ArrayList<>(this.people.size());
		for (Person person : this.people) {
			String supervisor = null;
			int above = this.posts.get(person.post()).reportsTo();
			while (above >= 0 && supervisor == null) {
				String holder = acting[above];
				supervisor = (holder != null && !holder.equals(person.nip())) ? holder : null;
				above = this.posts.get(above).reportsTo();
			}
			supervisors.add(supervisor);
		}
		return Collections.unmodifiableList(supervisors);
	}

	/**
	 * Return how many levels the organisation has from the agency (the regional head)
	 * down to its deepest unit.
	 */
	public int depth() {
		Map<String, Integer> levels = new HashMap<>();
		int deepest = 0;
		for (Unit unit : this.units) {
			int level = (unit.parentCode() == null) ? 1 : levels.get(unit.parentCode()) + 1;
			levels.put(unit.code(), level);
			deepest = Math.max(deepest, level);
		}
		return deepest + 1;
	}

	/** Write the units in the import format of {@link UnitImportService} (CSV). */
	public void writeUnits(OutputStream out) throws IOException {
		try (TableWriter writer = TableWriter.open(TableFormat.CSV, out, "units")) {
			writer.row(UnitImportService.HEADERS);
			for (Unit unit : this.units) {
				writer.row(unit.code(), unit.name(), text(unit.parentCode()), text(unit.abbreviation()));
			}
		}
	}

	/**
	 * Write the employees in the import format of {@link EmployeeImportService} (CSV),
	 * supervisors before the people they supervise.
	 */
	public void writeEmployees(OutputStream out) throws IOException {
		List<@Nullable String> supervisors = supervisorNips();
		try (TableWriter writer = TableWriter.open(TableFormat.CSV, out, "employees")) {
			writer.row(EmployeeImportService.HEADERS);
			for (int i = 0; i < this.people.size(); i++) {
				Person person = this.people.get(i);
				Employee.Details details = person.details();
				Post post = this.posts.get(person.post());
				writer.row(person.nip(), details.name(), text(details.frontTitle()), text(details.backTitle()),
						details.sex(), details.birthDate().toString(), details.asnType().name(),
						details.golongan().code(), post.name(), post.type().name(),
						(post.jenjang() != null) ? post.jenjang().name() : "", post.unitCode(),
						text(supervisors.get(i)), text(details.email()), text(details.phone()));
			}
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

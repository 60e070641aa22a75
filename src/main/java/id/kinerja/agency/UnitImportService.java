package id.kinerja.agency;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.tabular.ImportProgress;
import id.kinerja.shared.tabular.ImportRejectedException;
import id.kinerja.shared.tabular.ImportResult;
import id.kinerja.shared.tabular.RowError;
import id.kinerja.shared.tabular.TableFormat;
import id.kinerja.shared.tabular.TableReader;
import id.kinerja.shared.tabular.TableRow;
import id.kinerja.shared.tabular.TableWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports an agency's unit tree as a table
 * ({@code kode_unit,nama_unit,kode_induk,singkatan}). An import is all or nothing: every
 * row is checked first and any error rejects the whole file; otherwise each row creates
 * the unit or brings it up to date (name, abbreviation, parent). New units are inserted
 * in batches, one level of the tree at a time, each with its audit record; changes to
 * existing units go through {@link UnitService}, which audits them. Admin BKPSDM imports
 * for the whole agency and Admin OPD only inside the subtrees it administers; those two
 * and Auditor may export (Admin OPD: its subtrees).
 */
@Service
public class UnitImportService {

	/** The header of the file, in order. */
	public static final List<String> HEADERS = List.of("kode_unit", "nama_unit", "kode_induk", "singkatan");

	private static final TableReader.Schema SCHEMA = new TableReader.Schema("agency.import.", HEADERS);

	private static final int CODE = 0;

	private static final int NAME = 1;

	private static final int PARENT = 2;

	private static final int ABBREVIATION = 3;

	private static final int MAX_NAME = 200;

	private static final int MAX_ABBREVIATION = 50;

	private static final List<JdbcBatches.Column> UNIT_COLUMNS = JdbcBatches.columns("agency_id:B", "code:V", "name:V",
			"abbreviation:V", "parent_id:B", "path:V", "created_at:T", "created_by:V", "updated_at:T", "updated_by:V",
			"version:B");

	private final UnitRepository units;

	private final UnitService unitService;

	private final NamedParameterJdbcTemplate jdbc;

	private final ChangeLog changes;

	private final Clock clock;

	UnitImportService(UnitRepository units, UnitService unitService, NamedParameterJdbcTemplate jdbc, ChangeLog changes,
			Clock clock) {
		this.units = units;
		this.unitService = unitService;
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	/** Where a unit stands while the import runs. */
	private record Placed(long id, String path) {
	}

	/** A checked row. */
	private record UnitRow(int line, String code, String name, @Nullable String parentCode,
			@Nullable String abbreviation) {
	}

	/**
	 * Import the units in the file (CSV or XLSX) into the caller's agency. Rejects the
	 * whole file with every row error when any row is wrong.
	 */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'ADMIN_OPD')")
	@Transactional
	public ImportResult importFile(Path file, ImportProgress progress) {
		Actor actor = actor();
		long agencyId = actor.agencyId();
		TableReader.Table table = TableReader.read(file, SCHEMA, progress);
		List<RowError> errors = new ArrayList<>(table.errors());
		Map<String, Unit> existing = new HashMap<>();
		Map<Long, Unit> byId = new HashMap<>();
		for (Unit unit : this.units.findByAgencyIdOrderByCode(agencyId)) {
			existing.put(unit.getCode(), unit);
			byId.put(unit.getId(), unit);
		}
		Map<String, UnitRow> rows = new LinkedHashMap<>();
		int checked = 0;
		for (TableRow row : table.rows()) {
			UnitRow parsed = parse(row, rows, errors);
			if (parsed != null) {
				rows.put(parsed.code(), parsed);
			}
			if (++checked % 1000 == 0) {
				progress.report(ImportProgress.Phase.CHECKING, checked, table.rows().size());
			}
		}
		Map<String, @Nullable String> parentAfter = new HashMap<>();
		existing.values()
			.forEach((unit) -> parentAfter.put(unit.getCode(),
					(unit.getParentId() != null) ? byId.get(unit.getParentId()).getCode() : null));
		rows.values().forEach((row) -> parentAfter.put(row.code(), row.parentCode()));
		for (UnitRow row : rows.values()) {
			checkParent(row, existing, rows, parentAfter, errors);
		}
		if (!actor.hasRole("ADMIN_BKPSDM")) {
			checkScope(actor, rows, existing, byId, parentAfter, errors);
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException("agency.import.rejected", errors);
		}
		return apply(agencyId, rows, existing, byId, parentAfter, progress);
	}

	/**
	 * Check a row's own values; return it unless its code is unusable (the parent is
	 * dropped when its own value is wrong, so that it is reported once).
	 */
	private @Nullable UnitRow parse(TableRow row, Map<String, UnitRow> seen, List<RowError> errors) {
		int line = row.line();
		String code = row.value(CODE);
		boolean usable = false;
		if (code.isEmpty()) {
			errors.add(new RowError(line, "kode_unit", "agency.import.code.required"));
		}
		else if (!UnitService.CODE.matcher(code).matches()) {
			errors.add(new RowError(line, "kode_unit", "agency.import.code.format", code));
		}
		else if (seen.containsKey(code)) {
			errors.add(new RowError(line, "kode_unit", "agency.import.code.duplicate", code, seen.get(code).line()));
		}
		else {
			usable = true;
		}
		String name = row.value(NAME);
		if (name.isEmpty()) {
			errors.add(new RowError(line, "nama_unit", "agency.import.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(new RowError(line, "nama_unit", "agency.import.name.size", MAX_NAME));
		}
		String parent = row.value(PARENT);
		if (!parent.isEmpty() && !UnitService.CODE.matcher(parent).matches()) {
			errors.add(new RowError(line, "kode_induk", "agency.import.code.format", parent));
			parent = "";
		}
		else if (!parent.isEmpty() && parent.equals(code)) {
			errors.add(new RowError(line, "kode_induk", "agency.import.parent.self", code));
			parent = "";
		}
		String abbreviation = row.value(ABBREVIATION);
		if (abbreviation.length() > MAX_ABBREVIATION) {
			errors.add(new RowError(line, "singkatan", "agency.import.abbreviation.size", MAX_ABBREVIATION));
		}
		if (!usable) {
			return null;
		}
		return new UnitRow(line, code, name, parent.isEmpty() ? null : parent,
				abbreviation.isEmpty() ? null : abbreviation);
	}

	private static void checkParent(UnitRow row, Map<String, Unit> existing, Map<String, UnitRow> rows,
			Map<String, @Nullable String> parentAfter, List<RowError> errors) {
		String parent = row.parentCode();
		if (parent == null) {
			return;
		}
		if (!existing.containsKey(parent) && !rows.containsKey(parent)) {
			errors.add(new RowError(row.line(), "kode_induk", "agency.import.parent.not-found", parent));
			return;
		}
		Set<String> seen = new HashSet<>();
		String above = parent;
		while (above != null && seen.add(above)) {
			if (above.equals(row.code())) {
				errors.add(new RowError(row.line(), "kode_induk", "agency.import.parent.cycle", row.code(), parent));
				return;
			}
			above = parentAfter.get(above);
		}
	}

	/**
	 * Admin OPD: a row must stay inside a subtree the actor administers, both where the
	 * unit is now and where the file puts it; the root of such a subtree keeps its
	 * parent.
	 */
	private static void checkScope(Actor actor, Map<String, UnitRow> rows, Map<String, Unit> existing,
			Map<Long, Unit> byId, Map<String, @Nullable String> parentAfter, List<RowError> errors) {
		Set<String> roots = new HashSet<>();
		List<String> rootPaths = new ArrayList<>();
		for (Long id : actor.adminUnitIds()) {
			Unit root = byId.get(id);
			if (root != null) {
				roots.add(root.getCode());
				rootPaths.add(root.getPath());
			}
		}
		for (UnitRow row : rows.values()) {
			Unit current = existing.get(row.code());
			boolean insideNow = current == null || rootPaths.stream().anyMatch(current.getPath()::startsWith);
			boolean insideAfter;
			if (roots.contains(row.code())) {
				insideAfter = Objects.equals(row.parentCode(), parentAfterOf(current, byId));
			}
			else {
				insideAfter = false;
				Set<String> seen = new HashSet<>();
				String above = row.parentCode();
				while (above != null && seen.add(above) && !insideAfter) {
					insideAfter = roots.contains(above);
					above = parentAfter.get(above);
				}
			}
			if (!insideNow || !insideAfter) {
				errors.add(new RowError(row.line(), "kode_unit", "agency.import.outside", row.code()));
			}
		}
	}

	private static @Nullable String parentAfterOf(@Nullable Unit unit, Map<Long, Unit> byId) {
		if (unit == null || unit.getParentId() == null) {
			return null;
		}
		return byId.get(unit.getParentId()).getCode();
	}

	private ImportResult apply(long agencyId, Map<String, UnitRow> rows, Map<String, Unit> existing,
			Map<Long, Unit> byId, Map<String, @Nullable String> parentAfter, ImportProgress progress) {
		Map<String, Integer> depth = new HashMap<>();
		for (String code : rows.keySet()) {
			int d = 0;
			String above = parentAfter.get(code);
			while (above != null) {
				d++;
				above = parentAfter.get(above);
			}
			depth.put(code, d);
		}
		Map<Integer, List<UnitRow>> levels = new TreeMap<>();
		for (UnitRow row : rows.values()) {
			levels.computeIfAbsent(depth.get(row.code()), (d) -> new ArrayList<>()).add(row);
		}
		Map<String, Placed> placed = new HashMap<>();
		existing.values().forEach((unit) -> placed.put(unit.getCode(), new Placed(unit.getId(), unit.getPath())));
		int created = 0;
		int updated = 0;
		int done = 0;
		// Parents before children: a level's new units need the ids and paths of the
		// level above, and a unit moved under a new unit needs that unit stored.
		for (List<UnitRow> level : levels.values()) {
			level.sort(Comparator.comparingInt(UnitRow::line));
			List<UnitRow> fresh = new ArrayList<>();
			boolean moved = false;
			for (UnitRow row : level) {
				Unit unit = existing.get(row.code());
				if (unit == null) {
					fresh.add(row);
					continue;
				}
				boolean changed = false;
				if (!Objects.equals(row.parentCode(), parentAfterOf(unit, byId))) {
					unit = this.unitService.move(agencyId, row.code(), row.parentCode());
					changed = true;
					moved = true;
				}
				if (!row.name().equals(unit.getName()) || !Objects.equals(row.abbreviation(), unit.getAbbreviation())) {
					// Reload: moving an ancestor earlier in this import rewrote the
					// stored path.
					unit = this.unitService.require(agencyId, row.code());
					unit.rename(row.name(), row.abbreviation());
					this.units.save(unit);
					changed = true;
				}
				if (changed) {
					updated++;
				}
				done++;
			}
			if (moved) {
				// A move rewrote the paths of the moved subtrees.
				this.units.findByAgencyIdOrderByCode(agencyId)
					.forEach((unit) -> placed.put(unit.getCode(), new Placed(unit.getId(), unit.getPath())));
			}
			insert(agencyId, fresh, placed);
			created += fresh.size();
			done += fresh.size();
			progress.report(ImportProgress.Phase.APPLYING, done, rows.size());
		}
		progress.report(ImportProgress.Phase.APPLYING, done, rows.size());
		return new ImportResult(rows.size(), created, updated);
	}

	/**
	 * Insert new units whose parents are stored (in {@code placed}), in batches, with an
	 * audit record of each as the trail records a saved unit; add them to {@code placed}.
	 */
	private void insert(long agencyId, List<UnitRow> fresh, Map<String, Placed> placed) {
		if (fresh.isEmpty()) {
			return;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		List<@Nullable Placed> parents = new ArrayList<>(fresh.size());
		List<String> paths = new ArrayList<>(fresh.size());
		for (UnitRow row : fresh) {
			Placed parent = (row.parentCode() == null) ? null : placed.get(row.parentCode());
			if (row.parentCode() != null && parent == null) {
				throw new IllegalStateException("parent " + row.parentCode() + " of " + row.code() + " not stored");
			}
			parents.add(parent);
			paths.add(((parent == null) ? "/" : parent.path()) + row.code() + "/");
		}
		List<Integer> indexes = new ArrayList<>(fresh.size());
		for (int i = 0; i < fresh.size(); i++) {
			indexes.add(i);
		}
		long[] ids = JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "unit", UNIT_COLUMNS, indexes, (i) -> {
			UnitRow row = fresh.get(i);
			Placed parent = parents.get(i);
			return new @Nullable Object[] { agencyId, row.code(), row.name(), row.abbreviation(),
					(parent == null) ? null : parent.id(), paths.get(i), now, actor, now, actor, 0L };
		});
		List<ChangeLog.Change> audit = new ArrayList<>(fresh.size());
		for (int i = 0; i < fresh.size(); i++) {
			UnitRow row = fresh.get(i);
			Placed parent = parents.get(i);
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("abbreviation", row.abbreviation());
			state.put("agencyId", agencyId);
			state.put("closedOn", null);
			state.put("closedReason", null);
			state.put("code", row.code());
			state.put("id", ids[i]);
			state.put("name", row.name());
			state.put("parentId", (parent == null) ? null : parent.id());
			state.put("path", paths.get(i));
			audit.add(ChangeLog.Change.created(agencyId, "Unit", ids[i], state));
			placed.put(row.code(), new Placed(ids[i], paths.get(i)));
		}
		this.changes.record(audit);
	}

	/**
	 * Write the caller's agency's open units (Admin OPD: its subtrees), parents first, in
	 * the import format.
	 */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'ADMIN_OPD', 'AUDITOR')")
	@Transactional(readOnly = true)
	public void export(TableFormat format, OutputStream out) throws IOException {
		Actor actor = actor();
		MapSqlParameterSource params = new MapSqlParameterSource("agency", actor.agencyId());
		StringBuilder where = new StringBuilder(" WHERE u.agency_id = :agency AND u.closed_on IS NULL");
		if (!actor.hasRole("ADMIN_BKPSDM") && !actor.hasRole("AUDITOR")) {
			List<String> paths = this.units.findAllById(actor.adminUnitIds())
				.stream()
				.filter((unit) -> unit.getAgencyId() == actor.agencyId())
				.map(Unit::getPath)
				.toList();
			where.append(" AND (1 = 0");
			for (int i = 0; i < paths.size(); i++) {
				where.append(" OR u.path LIKE :path").append(i).append(" ESCAPE '\\'");
				params.addValue("path" + i, UnitService.likePrefix(paths.get(i)));
			}
			where.append(')');
		}
		try (TableWriter writer = TableWriter.open(format, out, "units")) {
			writer.row(HEADERS);
			this.jdbc.query("SELECT u.code, u.name, p.code AS parent_code, u.abbreviation FROM unit u"
					+ " LEFT JOIN unit p ON p.id = u.parent_id" + where + " ORDER BY u.path", params, (rs) -> {
						try {
							writer.row(rs.getString(1), rs.getString(2), Objects.toString(rs.getString(3), ""),
									Objects.toString(rs.getString(4), ""));
						}
						catch (IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					});
		}
	}

	private static Actor actor() {
		return Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
	}

}

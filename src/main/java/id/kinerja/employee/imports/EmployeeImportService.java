package id.kinerja.employee.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeService;
import id.kinerja.employee.EmployeeStatus;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.Actor;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;
import id.kinerja.shared.tabular.ImportProgress;
import id.kinerja.shared.tabular.ImportRejectedException;
import id.kinerja.shared.tabular.ImportResult;
import id.kinerja.shared.tabular.RowError;
import id.kinerja.shared.tabular.TableFormat;
import id.kinerja.shared.tabular.TableReader;
import id.kinerja.shared.tabular.TableRow;
import id.kinerja.shared.tabular.TableWriter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports an agency's employees with their posts and reporting lines as a
 * table (see {@link #HEADERS}). An import is all or nothing: every row is checked first,
 * against the database and the rest of the file, and any error rejects the whole file.
 * Otherwise, in one transaction, each row registers the employee or brings their details
 * up to date, and makes them hold, definitively from today, a post of the given name,
 * type and level in the given unit, reporting to the post their supervisor holds; an
 * existing definitive post is redefined in place when it differs. New employees, posts,
 * assignments and accounts are written in batches; every change reaches the audit trail.
 *
 * <p>
 * Admin BKPSDM imports for the whole agency, Admin OPD only rows in the unit subtrees it
 * administers; those two and Auditor may export (Admin OPD: its subtrees).
 */
@Service
public class EmployeeImportService {

	private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);

	/** The header of the file, in order. */
	public static final List<String> HEADERS = List.of("nip", "nama", "gelar_depan", "gelar_belakang", "jenis_kelamin",
			"tanggal_lahir", "jenis_asn", "golongan", "jabatan", "jenis_jabatan", "jenjang", "kode_unit", "nip_atasan",
			"email", "telepon");

	private static final TableReader.Schema SCHEMA = new TableReader.Schema("employee.import.", HEADERS);

	private static final int NIP = 0;

	private static final int NAME = 1;

	private static final int FRONT_TITLE = 2;

	private static final int BACK_TITLE = 3;

	private static final int SEX = 4;

	private static final int BIRTH_DATE = 5;

	private static final int ASN_TYPE = 6;

	private static final int GOLONGAN = 7;

	private static final int POSITION_NAME = 8;

	private static final int POSITION_TYPE = 9;

	private static final int JENJANG = 10;

	private static final int UNIT = 11;

	private static final int SUPERVISOR = 12;

	private static final int EMAIL = 13;

	private static final int PHONE = 14;

	private final UnitRepository units;

	private final EmployeeService employees;

	private final PositionService positions;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	EmployeeImportService(UnitRepository units, EmployeeService employees, PositionService positions,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.units = units;
		this.employees = employees;
		this.positions = positions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Import the employees in the file (CSV or XLSX) into the caller's agency. Rejects
	 * the whole file with every row error when any row is wrong.
	 */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'ADMIN_OPD')")
	@Transactional
	public ImportResult importFile(Path file, ImportProgress progress) {
		Actor actor = actor();
		long agencyId = actor.agencyId();
		LocalDate today = LocalDate.now(this.clock);
		long started = System.nanoTime();
		TableReader.Table table = TableReader.read(file, SCHEMA, progress);
		long read = System.nanoTime();
		List<RowError> errors = new ArrayList<>(table.errors());
		Snapshot db = Snapshot.load(this.jdbc, this.units, agencyId, today);
		long loaded = System.nanoTime();
		Scope scope = actor.hasRole("ADMIN_BKPSDM") ? null : Scope.of(actor, db);
		List<Row> rows = new ArrayList<>(table.rows().size());
		Map<String, Row> byNip = new HashMap<>();
		int checked = 0;
		for (TableRow raw : table.rows()) {
			Row row = parse(raw, db, scope, errors);
			rows.add(row);
			if (row.nip != null) {
				Row first = byNip.putIfAbsent(row.nip, row);
				if (first != null) {
					errors.add(new RowError(row.line, "nip", "employee.import.nip.duplicate", row.nip, first.line));
					row.duplicate = true;
				}
			}
			if (++checked % 1000 == 0) {
				progress.report(ImportProgress.Phase.CHECKING, checked / 2, table.rows().size());
			}
		}
		checkOtherAgencies(rows, db, errors);
		resolveSupervisors(rows, byNip, db, errors);
		checkHeads(rows, byNip, db, errors);
		checkCycles(rows, byNip, db, errors);
		progress.report(ImportProgress.Phase.CHECKING, table.rows().size(), table.rows().size());
		long checkedAt = System.nanoTime();
		if (!errors.isEmpty()) {
			throw new ImportRejectedException("employee.import.rejected", errors);
		}
		ImportResult result = apply(agencyId, today, rows, db, progress);
		log.info(
				"Imported {} employee rows ({} created, {} updated): read {} ms, loaded {} ms, checked {} ms, "
						+ "applied {} ms",
				rows.size(), result.created(), result.updated(), (read - started) / 1_000_000,
				(loaded - read) / 1_000_000, (checkedAt - loaded) / 1_000_000,
				(System.nanoTime() - checkedAt) / 1_000_000);
		return result;
	}

	/** A file row being checked and applied. */
	static final class Row {

		final int line;

		@Nullable String nip;

		@Nullable Nip parsedNip;

		Employee.@Nullable Details details;

		String positionName = "";

		@Nullable PositionType type;

		@Nullable Jenjang jenjang;

		@Nullable Unit unit;

		@Nullable String supervisorNip;

		boolean noSupervisor;

		boolean duplicate;

		Snapshot.@Nullable StoredEmployee stored;

		Snapshot.@Nullable StoredPost currentPost;

		@Nullable Row supervisorRow;

		@Nullable Long supervisorPostId;

		int depth = -1;

		long employeeId;

		long postId;

		boolean changed;

		Row(int line) {
			this.line = line;
		}

	}

	private Row parse(TableRow raw, Snapshot db, @Nullable Scope scope, List<RowError> errors) {
		Row row = new Row(raw.line());
		int line = raw.line();
		String nip = raw.value(NIP);
		if (nip.isEmpty()) {
			errors.add(new RowError(line, "nip", "employee.import.nip.required"));
		}
		else {
			Nip.Check check = Nip.check(nip);
			check.errors().forEach((key) -> errors.add(new RowError(line, "nip", key)));
			if (check.valid()) {
				row.parsedNip = check.nip();
				row.nip = check.nip().value();
				row.stored = db.employees.get(row.nip);
				checkStored(row, db, scope, errors);
			}
		}
		String name = raw.value(NAME);
		if (name.isEmpty()) {
			errors.add(new RowError(line, "nama", "employee.import.name.required"));
		}
		else if (name.length() > EmployeeRowChecks.MAX_NAME) {
			errors.add(new RowError(line, "nama", "employee.import.name.size", EmployeeRowChecks.MAX_NAME));
		}
		else if (!EmployeeRowChecks.NAME.matcher(name).matches()) {
			errors.add(new RowError(line, "nama", "employee.import.name.chars"));
		}
		String frontTitle = raw.value(FRONT_TITLE);
		checkTitle(line, "gelar_depan", frontTitle, EmployeeRowChecks.MAX_FRONT_TITLE, errors);
		String backTitle = raw.value(BACK_TITLE);
		checkTitle(line, "gelar_belakang", backTitle, EmployeeRowChecks.MAX_BACK_TITLE, errors);
		Nip parsed = row.parsedNip;
		String sex = raw.value(SEX).toUpperCase(Locale.ROOT);
		if (sex.isEmpty()) {
			errors.add(new RowError(line, "jenis_kelamin", "employee.import.sex.required"));
		}
		else if (!sex.equals("L") && !sex.equals("P")) {
			errors.add(new RowError(line, "jenis_kelamin", "employee.import.sex.invalid", raw.value(SEX)));
		}
		else if (parsed != null && !parsed.sex().equals(sex)) {
			errors.add(new RowError(line, "jenis_kelamin", "employee.import.sex.nip", sex, parsed.sex()));
		}
		Nip.AsnType asnType = null;
		String asn = EmployeeRowChecks.constant(raw.value(ASN_TYPE));
		if (asn.isEmpty()) {
			errors.add(new RowError(line, "jenis_asn", "employee.import.asn-type.required"));
		}
		else if (!asn.equals("PNS") && !asn.equals("PPPK")) {
			errors.add(new RowError(line, "jenis_asn", "employee.import.asn-type.invalid", raw.value(ASN_TYPE)));
		}
		else {
			asnType = Nip.AsnType.valueOf(asn);
			if (parsed != null && parsed.asnType() != asnType) {
				errors
					.add(new RowError(line, "jenis_asn", "employee.import.asn-type.nip", asn, parsed.asnType().name()));
			}
		}
		LocalDate birthDate = null;
		String date = raw.value(BIRTH_DATE);
		if (date.isEmpty()) {
			errors.add(new RowError(line, "tanggal_lahir", "employee.import.birth-date.required"));
		}
		else {
			birthDate = EmployeeRowChecks.date(date).orElse(null);
			if (birthDate == null) {
				errors.add(new RowError(line, "tanggal_lahir", "employee.import.birth-date.invalid", date));
			}
			else if (parsed != null && parsed.asnType() == Nip.AsnType.PNS && asnType != Nip.AsnType.PPPK
					&& !parsed.birthDate().equals(birthDate)) {
				errors.add(new RowError(line, "tanggal_lahir", "employee.import.birth-date.nip", date,
						parsed.birthDate().toString()));
			}
		}
		Golongan golongan = null;
		String rank = raw.value(GOLONGAN);
		Nip.AsnType rankType = (asnType != null) ? asnType : (parsed != null) ? parsed.asnType() : null;
		if (rank.isEmpty()) {
			errors.add(new RowError(line, "golongan", "employee.import.golongan.required"));
		}
		else if (rankType != null) {
			golongan = Golongan.of(rankType, rank).orElse(null);
			if (golongan == null) {
				errors.add(new RowError(line, "golongan", (rankType == Nip.AsnType.PNS) ? "employee.import.golongan.pns"
						: "employee.import.golongan.pppk", rank));
			}
		}
		row.positionName = raw.value(POSITION_NAME);
		if (row.positionName.isEmpty()) {
			errors.add(new RowError(line, "jabatan", "employee.import.position-name.required"));
		}
		else if (row.positionName.length() > EmployeeRowChecks.MAX_POSITION_NAME) {
			errors.add(new RowError(line, "jabatan", "employee.import.position-name.size",
					EmployeeRowChecks.MAX_POSITION_NAME));
		}
		String type = EmployeeRowChecks.constant(raw.value(POSITION_TYPE));
		if (type.isEmpty()) {
			errors.add(new RowError(line, "jenis_jabatan", "employee.import.position-type.required"));
		}
		else {
			row.type = Arrays.stream(PositionType.values())
				.filter((candidate) -> candidate.name().equals(type))
				.findFirst()
				.orElse(null);
			if (row.type == null) {
				errors.add(new RowError(line, "jenis_jabatan", "employee.import.position-type.invalid",
						raw.value(POSITION_TYPE)));
			}
		}
		String level = EmployeeRowChecks.constant(raw.value(JENJANG));
		Optional<Jenjang> jenjang = Arrays.stream(Jenjang.values())
			.filter((candidate) -> candidate.name().equals(level))
			.findFirst();
		if (row.type == PositionType.FUNGSIONAL && level.isEmpty()) {
			errors.add(new RowError(line, "jenjang", "employee.import.jenjang.required"));
		}
		else if (!level.isEmpty() && jenjang.isEmpty()) {
			errors.add(new RowError(line, "jenjang", "employee.import.jenjang.invalid", raw.value(JENJANG)));
		}
		else if (!level.isEmpty() && row.type != null && row.type != PositionType.FUNGSIONAL) {
			errors.add(new RowError(line, "jenjang", "employee.import.jenjang.not-allowed", row.type.name()));
		}
		else {
			row.jenjang = jenjang.orElse(null);
		}
		String unitCode = raw.value(UNIT);
		if (unitCode.isEmpty()) {
			errors.add(new RowError(line, "kode_unit", "employee.import.unit.required"));
		}
		else {
			row.unit = db.unitsByCode.get(unitCode);
			if (row.unit == null) {
				errors.add(new RowError(line, "kode_unit", "employee.import.unit.not-found", unitCode));
			}
			else if (row.unit.isClosed()) {
				errors.add(new RowError(line, "kode_unit", "employee.import.unit.closed", unitCode));
			}
			else if (scope != null && !scope.contains(row.unit)) {
				errors.add(new RowError(line, "kode_unit", "employee.import.unit.outside", unitCode));
			}
		}
		String supervisor = raw.value(SUPERVISOR);
		row.noSupervisor = supervisor.isEmpty();
		if (!supervisor.isEmpty()) {
			Nip.Check check = Nip.check(supervisor);
			if (!check.valid()) {
				errors.add(new RowError(line, "nip_atasan", check.errors().contains("shared.nip.spreadsheet")
						? "shared.nip.spreadsheet" : "employee.import.supervisor.format", supervisor));
			}
			else if (check.nip().value().equals(row.nip)) {
				errors.add(new RowError(line, "nip_atasan", "employee.import.supervisor.self"));
			}
			else {
				row.supervisorNip = check.nip().value();
			}
		}
		String email = raw.value(EMAIL);
		if (!email.isEmpty() && !EmployeeRowChecks.email(email)) {
			errors.add(new RowError(line, "email", "employee.import.email.invalid", email));
		}
		String phone = raw.value(PHONE);
		if (!phone.isEmpty() && !EmployeeRowChecks.phone(phone)) {
			errors.add(new RowError(line, "telepon", "employee.import.phone.invalid", phone));
		}
		if (asnType != null && birthDate != null && golongan != null && (sex.equals("L") || sex.equals("P"))) {
			row.details = new Employee.Details(name, EmployeeRowChecks.orNull(frontTitle),
					EmployeeRowChecks.orNull(backTitle), sex, birthDate, asnType, golongan,
					EmployeeRowChecks.orNull(email), EmployeeRowChecks.orNull(phone));
		}
		return row;
	}

	private static void checkTitle(int line, String column, String value, int max, List<RowError> errors) {
		if (value.length() > max) {
			errors.add(new RowError(line, column, "employee.import.title.size", max));
		}
		else if (!value.isEmpty() && !EmployeeRowChecks.TITLE.matcher(value).matches()) {
			errors.add(new RowError(line, column, "employee.import.title.chars"));
		}
	}

	/** Check what the database says about the row's employee. */
	private static void checkStored(Row row, Snapshot db, @Nullable Scope scope, List<RowError> errors) {
		Snapshot.StoredEmployee stored = row.stored;
		if (stored == null) {
			return;
		}
		if (stored.status() != EmployeeStatus.ACTIVE) {
			errors.add(new RowError(row.line, "nip", "employee.import.nip.inactive", row.nip));
			return;
		}
		if (db.futurePosts.contains(stored.id())) {
			errors.add(new RowError(row.line, "nip", "employee.import.assignment.future", row.nip));
		}
		Long postId = db.postOfEmployee.get(stored.id());
		row.currentPost = (postId != null) ? db.posts.get(postId) : null;
		if (scope != null && row.currentPost != null && !scope.contains(db.unitsById.get(row.currentPost.unitId()))) {
			errors.add(new RowError(row.line, "nip", "employee.import.nip.outside", row.nip));
		}
	}

	/** NIPs are unique across agencies: refuse the ones registered elsewhere. */
	private void checkOtherAgencies(List<Row> rows, Snapshot db, List<RowError> errors) {
		Set<String> unknown = new HashSet<>();
		for (Row row : rows) {
			if (row.nip != null && row.stored == null) {
				unknown.add(row.nip);
			}
		}
		Set<String> elsewhere = new HashSet<>(db.nipsAmong(this.jdbc, unknown));
		for (Row row : rows) {
			if (row.nip != null && row.stored == null && elsewhere.contains(row.nip)) {
				errors.add(new RowError(row.line, "nip", "employee.import.nip.other-agency", row.nip));
			}
		}
	}

	private static void resolveSupervisors(List<Row> rows, Map<String, Row> byNip, Snapshot db, List<RowError> errors) {
		for (Row row : rows) {
			String supervisor = row.supervisorNip;
			if (supervisor == null) {
				continue;
			}
			Row inFile = byNip.get(supervisor);
			if (inFile != null) {
				row.supervisorRow = inFile;
				continue;
			}
			Snapshot.StoredEmployee stored = db.employees.get(supervisor);
			if (stored == null || stored.status() != EmployeeStatus.ACTIVE) {
				errors.add(new RowError(row.line, "nip_atasan", "employee.import.supervisor.not-found", supervisor));
				continue;
			}
			Long post = db.postOfEmployee.get(stored.id());
			if (post == null) {
				errors.add(new RowError(row.line, "nip_atasan", "employee.import.supervisor.no-post", supervisor));
				continue;
			}
			row.supervisorPostId = post;
		}
	}

	/**
	 * Only the agency head has no supervisor: at most one such row, and none while
	 * another employee (not in the file) heads the agency.
	 */
	private static void checkHeads(List<Row> rows, Map<String, Row> byNip, Snapshot db, List<RowError> errors) {
		String otherHead = db.heads.stream().filter((nip) -> !byNip.containsKey(nip)).findFirst().orElse(null);
		Row first = null;
		for (Row row : rows) {
			if (!row.noSupervisor) {
				continue;
			}
			if (otherHead != null) {
				errors.add(new RowError(row.line, "nip_atasan", "employee.import.supervisor.head-exists", otherHead));
			}
			else if (first != null) {
				errors.add(new RowError(row.line, "nip_atasan", "employee.import.supervisor.second-head", first.line));
			}
			else {
				first = row;
			}
		}
	}

	/** Return the file row next up the line of the row after the import, if any. */
	private static @Nullable Row successor(Row row, Map<String, Row> byNip, Snapshot db) {
		if (row.supervisorRow != null) {
			return row.supervisorRow;
		}
		Long post = row.supervisorPostId;
		Set<Long> seen = new HashSet<>();
		while (post != null && seen.add(post)) {
			Long holder = db.holderOfPost.get(post);
			if (holder != null) {
				Row inFile = byNip.get(db.nipOf.get(holder));
				if (inFile != null && inFile.stored != null) {
					return inFile;
				}
			}
			Snapshot.StoredPost stored = db.posts.get(post);
			post = (stored != null) ? stored.reportsToId() : null;
		}
		return null;
	}

	/**
	 * Refuse supervisor lines that go round in a circle (through the file and the posts
	 * in the database), and number the rows from the top down for applying.
	 */
	private static void checkCycles(List<Row> rows, Map<String, Row> byNip, Snapshot db, List<RowError> errors) {
		Map<Row, Row> next = new HashMap<>();
		for (Row row : rows) {
			if (!row.duplicate) {
				Row up = successor(row, byNip, db);
				if (up != null) {
					next.put(row, up);
				}
			}
		}
		Set<Row> onCycle = new HashSet<>();
		for (Row start : rows) {
			if (start.depth >= 0 || start.duplicate) {
				continue;
			}
			List<Row> path = new ArrayList<>();
			Map<Row, Integer> position = new HashMap<>();
			Row current = start;
			while (current != null && current.depth < 0 && !position.containsKey(current)) {
				position.put(current, path.size());
				path.add(current);
				current = next.get(current);
			}
			int base;
			int end = path.size();
			if (current != null && position.containsKey(current)) {
				for (int i = position.get(current); i < path.size(); i++) {
					onCycle.add(path.get(i));
					path.get(i).depth = 0;
				}
				end = position.get(current);
				base = 0;
			}
			else {
				base = (current != null) ? current.depth + 1 : 0;
			}
			for (int i = end - 1; i >= 0; i--) {
				path.get(i).depth = base + (end - 1 - i);
			}
		}
		for (Row row : rows) {
			if (onCycle.contains(row)) {
				errors.add(new RowError(row.line, "nip_atasan", "employee.import.supervisor.cycle",
						Objects.toString(row.supervisorNip, "")));
			}
		}
	}

	private ImportResult apply(long agencyId, LocalDate today, List<Row> rows, Snapshot db, ImportProgress progress) {
		int total = rows.size();
		int created = 0;
		List<EmployeeService.Registration> registrations = new ArrayList<>();
		List<Row> fresh = new ArrayList<>();
		for (Row row : rows) {
			Snapshot.StoredEmployee stored = row.stored;
			Employee.Details details = Objects.requireNonNull(row.details);
			if (stored == null) {
				registrations.add(new EmployeeService.Registration(Objects.requireNonNull(row.nip), details));
				fresh.add(row);
			}
			else {
				row.employeeId = stored.id();
				if (!details.equals(stored.details())) {
					this.employees.update(agencyId, stored.id(), details);
					row.changed = true;
				}
			}
		}
		long[] ids = this.employees.registerAll(agencyId, registrations);
		for (int i = 0; i < ids.length; i++) {
			fresh.get(i).employeeId = ids[i];
		}
		created = ids.length;
		progress.report(ImportProgress.Phase.APPLYING, total / 3, total);
		int maxDepth = rows.stream().mapToInt((row) -> row.depth).max().orElse(0);
		List<List<Row>> levels = new ArrayList<>();
		for (int d = 0; d <= maxDepth; d++) {
			levels.add(new ArrayList<>());
		}
		rows.forEach((row) -> levels.get(row.depth).add(row));
		List<EmployeeService.Placement> placements = new ArrayList<>();
		int placed = 0;
		for (List<Row> level : levels) {
			List<PositionService.NewPosition> newPosts = new ArrayList<>();
			List<Row> newPostRows = new ArrayList<>();
			for (Row row : level) {
				Unit unit = Objects.requireNonNull(row.unit);
				PositionType type = Objects.requireNonNull(row.type);
				Long reportsTo;
				Long supervisorUnit;
				if (row.supervisorRow != null) {
					reportsTo = row.supervisorRow.postId;
					supervisorUnit = Objects.requireNonNull(row.supervisorRow.unit).getId();
				}
				else if (row.supervisorPostId != null) {
					reportsTo = row.supervisorPostId;
					supervisorUnit = db.posts.get(row.supervisorPostId).unitId();
				}
				else {
					reportsTo = null;
					supervisorUnit = null;
				}
				boolean headsUnit = reportsTo == null
						|| (type.isStructural() && !Objects.equals(supervisorUnit, unit.getId()));
				Snapshot.StoredPost current = row.currentPost;
				if (current != null) {
					row.postId = current.id();
					if (current.unitId() != unit.getId() || !current.name().equals(row.positionName)
							|| current.type() != type || current.jenjang() != row.jenjang
							|| !sameLine(current.reportsToId(), reportsTo, row, db)) {
						this.positions.redefine(agencyId, current.id(), unit.getId(), row.positionName, type,
								row.jenjang, reportsTo, headsUnit);
						row.changed = true;
					}
				}
				else {
					newPosts.add(new PositionService.NewPosition(unit.getId(), row.positionName, type, row.jenjang,
							reportsTo, headsUnit));
					newPostRows.add(row);
				}
			}
			long[] postIds = this.positions.createAll(agencyId, newPosts);
			for (int i = 0; i < postIds.length; i++) {
				Row row = newPostRows.get(i);
				row.postId = postIds[i];
				row.changed = true;
				placements.add(new EmployeeService.Placement(row.employeeId, row.postId));
			}
			placed += level.size();
			progress.report(ImportProgress.Phase.APPLYING, total / 3 + placed / 3, total);
		}
		this.employees.assignAll(agencyId, placements, today);
		progress.report(ImportProgress.Phase.APPLYING, total, total);
		int updated = (int) rows.stream().filter((row) -> row.stored != null && row.changed).count();
		return new ImportResult(rows.size(), created, updated);
	}

	/**
	 * Whether a post that reports to {@code actual} already reports to the supervisor the
	 * row names, whose post is {@code wanted}: directly, or through posts that are vacant
	 * or where the supervisor acts (Plt, Plh) - the way reporting lines and exports read
	 * the tree. Such a post is left as it is.
	 */
	private static boolean sameLine(@Nullable Long actual, @Nullable Long wanted, Row row, Snapshot db) {
		if (Objects.equals(actual, wanted)) {
			return true;
		}
		if (actual == null || wanted == null) {
			return false;
		}
		Long supervisor = (row.supervisorRow != null) ? Long.valueOf(row.supervisorRow.employeeId)
				: (row.supervisorNip != null) ? db.employees.get(row.supervisorNip).id() : null;
		Set<Long> seen = new HashSet<>();
		Long post = actual;
		while (post != null && seen.add(post)) {
			if (post.equals(wanted)) {
				return true;
			}
			Long holder = db.effectiveHolderOf(post);
			if (holder != null && holder != row.employeeId) {
				return holder.equals(supervisor);
			}
			Snapshot.StoredPost stored = db.posts.get(post);
			post = (stored != null) ? stored.reportsToId() : null;
		}
		return false;
	}

	/**
	 * Write the caller's agency's active employees who hold a post today, in the import
	 * format, optionally only those in a unit's subtree (Admin OPD: within its subtrees).
	 */
	@PreAuthorize("hasAnyRole('ADMIN_BKPSDM', 'ADMIN_OPD', 'AUDITOR')")
	@Transactional(readOnly = true)
	public void export(TableFormat format, @Nullable String unitCode, OutputStream out) throws IOException {
		Actor actor = actor();
		long agencyId = actor.agencyId();
		LocalDate today = LocalDate.now(this.clock);
		List<String> paths = new ArrayList<>();
		boolean whole = actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR");
		List<String> allowed = whole ? List.of("/")
				: this.units.findAllById(actor.adminUnitIds())
					.stream()
					.filter((unit) -> unit.getAgencyId() == agencyId)
					.map(Unit::getPath)
					.toList();
		if (unitCode != null && !unitCode.isBlank()) {
			Unit unit = this.units.findByAgencyIdAndCode(agencyId, unitCode.strip())
				.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", unitCode));
			if (allowed.stream().noneMatch(unit.getPath()::startsWith)) {
				throw new AccessDeniedException("unit outside the caller's units");
			}
			paths.add(unit.getPath());
		}
		else {
			paths.addAll(allowed);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("agency", agencyId).addValue("day", today);
		StringBuilder where = new StringBuilder(" WHERE e.agency_id = :agency AND e.status = 'ACTIVE' AND (1 = 0");
		for (int i = 0; i < paths.size(); i++) {
			where.append(" OR u.path LIKE :path").append(i).append(" ESCAPE '\\'");
			params.addValue("path" + i, UnitService.likePrefix(paths.get(i)));
		}
		where.append(')');
		Map<Long, Long> reportsTo = new HashMap<>();
		this.jdbc.query("SELECT id, reports_to_id FROM job_position WHERE agency_id = :agency", params, (rs) -> {
			long above = rs.getLong(2);
			if (!rs.wasNull()) {
				reportsTo.put(rs.getLong(1), above);
			}
		});
		// Who acts in each post today: an acting holder (Plt, Plh) stands in for the
		// definitive one.
		Map<Long, String> holders = new HashMap<>();
		this.jdbc.query("""
				SELECT a.position_id, e.nip, a.kind FROM assignment a JOIN employee e ON e.id = a.employee_id
				WHERE a.agency_id = :agency AND a.start_date <= :day
				  AND (a.end_date IS NULL OR a.end_date >= :day) AND e.status = 'ACTIVE'
				ORDER BY a.start_date
				""", params, (rs) -> {
			if (!"DEFINITIF".equals(rs.getString(3)) || !holders.containsKey(rs.getLong(1))) {
				holders.put(rs.getLong(1), rs.getString(2));
			}
		});
		try (TableWriter writer = TableWriter.open(format, out, "employees")) {
			writer.row(HEADERS);
			this.jdbc.query(
					"""
							SELECT e.nip, e.name, e.front_title, e.back_title, e.sex, e.birth_date, e.asn_type, e.golongan,
							       p.id AS position_id, p.name AS position_name, p.position_type, p.jenjang, u.code AS unit_code,
							       e.email, e.phone
							FROM employee e
							JOIN assignment a ON a.employee_id = e.id AND a.kind = 'DEFINITIF' AND a.start_date <= :day
							     AND (a.end_date IS NULL OR a.end_date >= :day)
							JOIN job_position p ON p.id = a.position_id
							JOIN unit u ON u.id = p.unit_id
							"""
							+ where + " ORDER BY u.path, e.name, e.nip",
					params, (RowCallbackHandler) (rs) -> writeRow(rs, writer, reportsTo, holders));
		}
	}

	/**
	 * Write an employee's row; the supervisor is read from the post tree as reporting
	 * lines read it: the first post above with someone acting in it other than the
	 * employee.
	 */
	private static void writeRow(ResultSet rs, TableWriter writer, Map<Long, Long> reportsTo, Map<Long, String> holders)
			throws SQLException {
		String nip = rs.getString("nip");
		String supervisor = null;
		Long above = reportsTo.get(rs.getLong("position_id"));
		Set<Long> seen = new HashSet<>();
		while (above != null && seen.add(above) && supervisor == null) {
			String holder = holders.get(above);
			supervisor = (holder != null && !holder.equals(nip)) ? holder : null;
			above = reportsTo.get(above);
		}
		try {
			writer.row(nip, rs.getString("name"), text(rs.getString("front_title")), text(rs.getString("back_title")),
					rs.getString("sex"), rs.getObject("birth_date", LocalDate.class).toString(),
					rs.getString("asn_type"), Golongan.valueOf(rs.getString("golongan")).code(),
					rs.getString("position_name"), rs.getString("position_type"), text(rs.getString("jenjang")),
					rs.getString("unit_code"), text(supervisor), text(rs.getString("email")),
					text(rs.getString("phone")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static Actor actor() {
		return Actor.current().orElseThrow(() -> new AccessDeniedException("no actor"));
	}

	/** The unit subtrees an Admin OPD may import into. */
	private record Scope(List<String> paths) {

		static Scope of(Actor actor, Snapshot db) {
			List<String> paths = new ArrayList<>();
			for (Long id : actor.adminUnitIds()) {
				Unit unit = db.unitsById.get(id);
				if (unit != null) {
					paths.add(unit.getPath());
				}
			}
			return new Scope(paths);
		}

		boolean contains(@Nullable Unit unit) {
			return unit != null && this.paths.stream().anyMatch(unit.getPath()::startsWith);
		}

	}

	static <T> List<List<T>> chunks(Collection<T> all) {
		List<T> list = List.copyOf(all);
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < list.size(); from += JdbcBatches.BATCH_SIZE) {
			chunks.add(list.subList(from, Math.min(list.size(), from + JdbcBatches.BATCH_SIZE)));
		}
		return chunks;
	}

}

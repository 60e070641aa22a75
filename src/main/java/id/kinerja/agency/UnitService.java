package id.kinerja.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an agency's unit tree: creates, moves and closes units. Rejects a bad code, a
 * parent in another agency and a move that would put a unit under itself. Callers check
 * who may change the tree.
 */
@Service
public class UnitService {

	/** What a unit code may hold. */
	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

	private final UnitRepository units;

	private final JdbcClient jdbc;

	UnitService(UnitRepository units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	/** Create a unit under the parent with the given code (null for a top-level unit). */
	@Transactional
	public Unit create(long agencyId, String code, String name, @Nullable String abbreviation,
			@Nullable String parentCode) {
		if (!CODE.matcher(code).matches()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.unit.code.format", code);
		}
		if (this.units.findByAgencyIdAndCode(agencyId, code).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.unit.code.taken", code);
		}
		Unit parent = (parentCode != null) ? require(agencyId, parentCode) : null;
		return this.units.save(Unit.create(agencyId, code, name, abbreviation, parent));
	}

	/** Move a unit (with its subtree) under another parent, or to the top when null. */
	@Transactional
	public Unit move(long agencyId, String code, @Nullable String newParentCode) {
		Unit unit = require(agencyId, code);
		Unit parent = (newParentCode != null) ? require(agencyId, newParentCode) : null;
		if (parent != null && parent.getPath().startsWith(unit.getPath())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.unit.move.cycle", code, newParentCode);
		}
		String oldPath = unit.getPath();
		unit.moveUnder(parent);
		Unit saved = this.units.save(unit);
		this.jdbc.sql(
				"UPDATE unit SET path = ? || substring(path, ?) WHERE agency_id = ? AND path LIKE ? ESCAPE '\\' AND id <> ?")
			.param(saved.getPath())
			.param(oldPath.length() + 1)
			.param(agencyId)
			.param(likePrefix(oldPath))
			.param(saved.getId())
			.update();
		return saved;
	}

	/**
	 * Close a unit on a date, keeping it for history. Refuses while open units sit under
	 * it.
	 */
	@Transactional
	public Unit close(long agencyId, String code, LocalDate on, String reason) {
		Unit unit = require(agencyId, code);
		long openChildren = this.jdbc
			.sql("SELECT count(*) FROM unit WHERE agency_id = ? AND parent_id = ? AND closed_on IS NULL")
			.param(agencyId)
			.param(unit.getId())
			.query(Long.class)
			.single();
		if (openChildren > 0) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.unit.close.children", code, openChildren);
		}
		unit.close(on, reason);
		return this.units.save(unit);
	}

	/** Find the unit with the code. */
	public java.util.Optional<Unit> find(long agencyId, String code) {
		return this.units.findByAgencyIdAndCode(agencyId, code);
	}

	/** Return the unit with the code, or refuse with 404. */
	public Unit require(long agencyId, String code) {
		return this.units.findByAgencyIdAndCode(agencyId, code)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", code));
	}

	/** List the units of the subtree under (and including) the unit with the code. */
	public List<Unit> subtree(long agencyId, String code) {
		Unit root = require(agencyId, code);
		return this.units.findSubtree(agencyId, likePrefix(root.getPath()));
	}

	/** Return a LIKE pattern matching every path that starts with the given one. */
	public static String likePrefix(String path) {
		return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}

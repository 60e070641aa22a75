package id.kinerja.planning;

import java.util.LinkedHashSet;
import java.util.Set;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Matriks Peran Hasil of one plan: which of the supervisor's RHKs each direct
 * subordinate supports. Saving it pre-fills the subordinates' drafts; the matrix itself
 * is kept so that it can be reopened and changed.
 */
@Table("role_matrix")
public class RoleMatrix extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	@MappedCollection(idColumn = "role_matrix_id")
	private Set<Cell> cells;

	@PersistenceCreator
	RoleMatrix(long agencyId, long skpId, Set<Cell> cells) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.cells = new LinkedHashSet<>(cells);
	}

	void change(Set<Cell> newCells) {
		this.cells = new LinkedHashSet<>(newCells);
	}

	/**
	 * One tick of the matrix.
	 *
	 * @param rhkId the supervisor's RHK
	 * @param employeeId the subordinate who supports it
	 */
	@Table("role_matrix_cell")
	public record Cell(long rhkId, long employeeId) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public Set<Cell> getCells() {
		return Set.copyOf(this.cells);
	}

}

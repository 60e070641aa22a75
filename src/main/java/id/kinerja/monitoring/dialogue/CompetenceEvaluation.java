package id.kinerja.monitoring.dialogue;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The coach's evaluation of the employee's competences after a held session: each
 * competence scored 1 to 5 with the reason. The competences are the ASN managerial and
 * socio-cultural ones ({@link #COMPETENCES}) or a technical one named by the coach.
 */
@Table("competence_evaluation")
public class CompetenceEvaluation extends AuditedEntity implements AgencyScoped {

	/** The code of a technical competence the coach names. */
	public static final String TECHNICAL = "TEKNIS";

	/** The stable codes of the competences, in the order the form lists them. */
	public static final List<String> COMPETENCES = List.of("INTEGRITAS", "KERJASAMA", "KOMUNIKASI", "ORIENTASI_HASIL",
			"PELAYANAN_PUBLIK", "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA",
			TECHNICAL);

	private final long agencyId;

	private final long sessionId;

	private final long coachId;

	@MappedCollection(idColumn = "evaluation_id", keyColumn = "line_no")
	private List<Score> scores;

	@PersistenceCreator
	CompetenceEvaluation(long agencyId, long sessionId, long coachId, List<Score> scores) {
		this.agencyId = agencyId;
		this.sessionId = sessionId;
		this.coachId = coachId;
		this.scores = new ArrayList<>(scores);
	}

	/**
	 * One competence scored.
	 *
	 * @param competenceCode one of {@link #COMPETENCES}
	 * @param competenceName the name of a technical competence
	 * @param score 1 to 5
	 * @param reason why
	 */
	@Table("competence_score")
	public record Score(String competenceCode, @Nullable String competenceName, int score, String reason) {
	}

	void replace(List<Score> scores) {
		this.scores = new ArrayList<>(scores);
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getCoachId() {
		return this.coachId;
	}

	public List<Score> getScores() {
		return List.copyOf(this.scores);
	}

}

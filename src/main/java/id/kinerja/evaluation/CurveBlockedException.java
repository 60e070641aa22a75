package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.shared.KinerjaException;

import org.springframework.http.HttpStatus;

/**
 * Finalisation refused because the distribution curve does not fit and the year's setting
 * makes it a hard block (409); carries what does not hold.
 */
public class CurveBlockedException extends KinerjaException {

	private final List<CurveQueries.Violation> violations;

	CurveBlockedException(String unitName, List<CurveQueries.Violation> violations) {
		super(HttpStatus.CONFLICT, "evaluation.unitfinal.blocked", unitName, violations.size());
		this.violations = List.copyOf(violations);
	}

	/** Return the bounds that do not hold. */
	public List<CurveQueries.Violation> getViolations() {
		return this.violations;
	}

}

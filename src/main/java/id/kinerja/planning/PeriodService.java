package id.kinerja.planning;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's performance years and their settings. Anyone signed in reads them; only
 * Admin BKPSDM changes them (every change is audited). A year that nobody has set up yet
 * starts with the seeded defaults the first time it is needed.
 */
@Service
public class PeriodService {

	/** The earliest and latest years a plan can be made for. */
	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2100;

	private final PerformancePeriodRepository periods;

	private final TransactionTemplate newTransaction;

	PeriodService(PerformancePeriodRepository periods, PlatformTransactionManager transactions) {
		this.periods = periods;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Return the year of the caller's agency, set up with the defaults if new. */
	@Transactional
	public PerformancePeriod year(int year) {
		return year(PlanningAccess.actor().agencyId(), year);
	}

	/**
	 * Return the agency's year, set up with the defaults if new. The set-up commits on
	 * its own, so that two requests meeting a new year at once do not fail each other.
	 */
	@Transactional
	public PerformancePeriod year(long agencyId, int year) {
		requireYear(year);
		return this.periods.findByAgencyIdAndPeriodYear(agencyId, year).orElseGet(() -> {
			try {
				this.newTransaction.executeWithoutResult(
						(status) -> this.periods.save(PerformancePeriod.withDefaults(agencyId, year)));
			}
			catch (DuplicateKeyException ex) {
				// Another request set the year up at the same moment: read theirs.
			}
			return this.periods.findByAgencyIdAndPeriodYear(agencyId, year).orElseThrow();
		});
	}

	/** List the years the caller's agency has set up, newest first. */
	@Transactional(readOnly = true)
	public List<PerformancePeriod> years() {
		return this.periods.findByAgencyIdOrderByPeriodYearDesc(PlanningAccess.actor().agencyId());
	}

	/**
	 * Change the settings of a year of the caller's agency. Only Admin BKPSDM; refuses an
	 * edit of an older version and settings outside their ranges, naming each field.
	 */
	@Transactional
	public PerformancePeriod change(int year, PerformancePeriod.Settings settings, @Nullable Long expectedVersion) {
		Actor actor = PlanningAccess.actor();
		if (!actor.hasRole(PlanningAccess.ADMIN_BKPSDM)) {
			throw PlanningAccess.denied();
		}
		PerformancePeriod period = year(actor.agencyId(), year);
		period.requireVersion(expectedVersion);
		check(year, settings);
		period.change(settings);
		return this.periods.save(period);
	}

	static void requireYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "planning.period.year.range", FIRST_YEAR, LAST_YEAR);
		}
	}

	private static void check(int year, PerformancePeriod.Settings settings) {
		List<FieldProblem> problems = new ArrayList<>();
		if (settings.skpDeadline().getYear() != year) {
			problems.add(new FieldProblem("skpDeadline", "planning.period.skp-deadline.year", year));
		}
		if (settings.realisationDeadlineDay() < 1 || settings.realisationDeadlineDay() > 28) {
			problems.add(new FieldProblem("realisationDeadlineDay", "planning.period.deadline-day.range"));
		}
		if (settings.ratingDeadlineDay() < 1 || settings.ratingDeadlineDay() > 28) {
			problems.add(new FieldProblem("ratingDeadlineDay", "planning.period.deadline-day.range"));
		}
		if (settings.annualDeadline().getYear() < year || settings.annualDeadline().getYear() > year + 1) {
			problems.add(new FieldProblem("annualDeadline", "planning.period.annual-deadline.year", year, year + 1));
		}
		if (settings.appealDays() < 1 || settings.appealDays() > 90) {
			problems.add(new FieldProblem("appealDays", "planning.period.appeal-days.range"));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

}

package id.kinerja.agency;

import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the current actor's own agency. Everyone signed in reads it (the org
 * chart names the regional head); only Admin BKPSDM of the agency names the regional head
 * (403 {@code agency.access.denied} otherwise). An agency is never reached by id, so
 * another agency's cannot be read or changed. The save is written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

	private final StructureAccess access;

	private final AgencyRepository agencies;

	AgencyService(StructureAccess access, AgencyRepository agencies) {
		this.access = access;
		this.agencies = agencies;
	}

	/** Return the current actor's agency. */
	public Agency current() {
		Actor actor = this.access.actor();
		return this.agencies.findById(actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.not-found"));
	}

	/**
	 * Name the regional head (the title of the office and the person) of the actor's
	 * agency; Admin BKPSDM only. Refuses an edit of an older version
	 * ({@link org.springframework.dao.OptimisticLockingFailureException}).
	 */
	@Transactional
	public Agency nameHead(String title, String name, @Nullable Long expectedVersion) {
		this.access.requireMayChangeWholeAgency();
		Agency agency = current();
		agency.requireVersion(expectedVersion);
		if (title.isBlank()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.head.title.required");
		}
		if (name.isBlank()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.head.name.required");
		}
		agency.nameHead(title.strip(), name.strip());
		return this.agencies.save(agency);
	}

}

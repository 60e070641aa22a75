package id.kinerja.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts by id or sign-in name.
 * <p>
 * Its finders run in a read-only transaction: the aggregate has a collection that Spring
 * Data JDBC reads with a second query while the first result is open, and outside a
 * transaction that second query takes a second pooled connection — under load every
 * request then holds one connection and waits for another, and the pool deadlocks.
 */
@Transactional(readOnly = true)
public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	/** Find the account with the given sign-in name. */
	Optional<UserAccount> findByUsername(String username);

	/** Find the account of an employee. */
	Optional<UserAccount> findByEmployeeId(long employeeId);

	/** List the accounts of an agency that have no password yet. */
	java.util.List<UserAccount> findByAgencyIdAndPasswordHashIsNull(long agencyId);

	/** Count the accounts of an agency. */
	long countByAgencyId(long agencyId);

}

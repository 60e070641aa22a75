package id.kinerja.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Accounts by id or sign-in name. */
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

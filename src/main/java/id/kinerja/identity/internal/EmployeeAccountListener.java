package id.kinerja.identity.internal;

import id.kinerja.employee.EmployeeLeft;
import id.kinerja.employee.EmployeeRegistered;
import id.kinerja.identity.AccountService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens and closes employees' accounts in the same transaction as the employee change, so
 * an import creates employees and their accounts together or not at all.
 */
@Component
class EmployeeAccountListener {

	private final AccountService accounts;

	EmployeeAccountListener(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(EmployeeRegistered event) {
		this.accounts.openEmployeeAccounts(event.agencyId(), event.employees());
	}

	@EventListener
	void on(EmployeeLeft event) {
		this.accounts.closeEmployeeAccount(event.employeeId());
	}

}

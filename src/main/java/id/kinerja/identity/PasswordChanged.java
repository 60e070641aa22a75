package id.kinerja.identity;

/**
 * Published when a password is changed by its owner or reset by an administrator.
 *
 * @param userId the account
 * @param agencyId the account's agency
 * @param username the account's sign-in name
 * @param reset whether an administrator reset it (to a temporary password)
 */
public record PasswordChanged(long userId, long agencyId, String username, boolean reset) {
}

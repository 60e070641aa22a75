package id.kinerja.identity;

/**
 * Published when a password sign-in for an existing account fails or is refused.
 *
 * @param userId the account
 * @param agencyId the account's agency
 * @param username the sign-in name
 * @param reason {@code BAD_CREDENTIALS}, {@code THROTTLED} or {@code DISABLED}
 */
public record SignInFailed(long userId, long agencyId, String username, String reason) {
}

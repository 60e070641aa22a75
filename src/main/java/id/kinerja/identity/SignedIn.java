package id.kinerja.identity;

/**
 * Published when someone signs in with a password, on a page or for an API token.
 *
 * @param userId the account
 * @param agencyId the account's agency
 * @param username the sign-in name
 * @param channel {@code WEB} or {@code API}
 */
public record SignedIn(long userId, long agencyId, String username, String channel) {
}

package id.kinerja.identity;

/**
 * Published when someone signs out of the web pages.
 *
 * @param userId the account
 * @param agencyId the account's agency
 * @param username the sign-in name
 */
public record SignedOut(long userId, long agencyId, String username) {
}

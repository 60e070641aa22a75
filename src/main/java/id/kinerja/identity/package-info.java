/**
 * Accounts, roles, sign-in, API tokens and the rules of who may act.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "agency", "employee", "web" })
@org.jspecify.annotations.NullMarked
package id.kinerja.identity;

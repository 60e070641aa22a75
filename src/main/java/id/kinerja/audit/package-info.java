/**
 * The append-only audit trail: every change of business data and every sign-in, with who,
 * when, what, before and after.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "web" })
@org.jspecify.annotations.NullMarked
package id.kinerja.audit;

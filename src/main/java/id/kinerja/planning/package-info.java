/**
 * Planning: the agency's performance years and their settings, organisation goals, and
 * the SKP with its planned results (RHK), indicators (IKI), behaviour expectations,
 * cascading to the supervisor's plan, approval and versions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "agency", "employee", "web" })
@org.jspecify.annotations.NullMarked
package id.kinerja.planning;

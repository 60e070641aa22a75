/**
 * Employees (pegawai), who holds which post when (definitive or acting), and the
 * reporting lines that follow: the base of every access rule.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "agency", "web" })
@org.jspecify.annotations.NullMarked
package id.kinerja.employee;

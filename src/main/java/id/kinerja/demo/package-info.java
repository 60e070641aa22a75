/**
 * The demo agency "Pemerintah Kota Contoh", seeded on first start in demo mode.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "agency", "employee", "identity" })
@org.jspecify.annotations.NullMarked
package id.kinerja.demo;

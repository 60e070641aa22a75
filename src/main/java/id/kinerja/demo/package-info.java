/**
 * The demo agency "Pemerintah Kota Contoh", seeded on first start in demo mode, and the
 * deterministic agency generator behind it and behind the {@code generate} command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "agency", "employee",
		"employee :: imports", "identity", "planning", "monitoring", "monitoring :: dialogue", "evaluation" })
@org.jspecify.annotations.NullMarked
package id.kinerja.demo;

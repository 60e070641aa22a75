/**
 * Cross-cutting web concerns: the page shell, languages, error pages and API problem
 * details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package id.kinerja.web;

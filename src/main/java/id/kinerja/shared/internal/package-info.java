/** Persistence configuration shared by all modules. */
@org.jspecify.annotations.NullMarked
package id.kinerja.shared.internal;

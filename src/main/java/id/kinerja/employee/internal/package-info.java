/** Internals of the employee module. */
@org.jspecify.annotations.NullMarked
package id.kinerja.employee.internal;

/**
 * Continuous feedback (umpan balik) on a plan, with confidential peer input.
 */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.feedback;

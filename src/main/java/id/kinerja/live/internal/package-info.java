/** The live module's connection hub, poller and pruning job. */
@org.jspecify.annotations.NullMarked
package id.kinerja.live.internal;

/** Security wiring, password sign-in with throttling, and API tokens. */
@org.jspecify.annotations.NullMarked
package id.kinerja.identity.internal;

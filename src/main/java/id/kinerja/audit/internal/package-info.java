/** How changes reach the trail: Spring Data JDBC events, sign-in events, the H2 guard. */
@org.jspecify.annotations.NullMarked
package id.kinerja.audit.internal;

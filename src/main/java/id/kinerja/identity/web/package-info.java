/** Sign-in page, token endpoint and the caller's own account. */
@org.jspecify.annotations.NullMarked
package id.kinerja.identity.web;

/** The audit trail page and API. */
@org.jspecify.annotations.NullMarked
package id.kinerja.audit.web;

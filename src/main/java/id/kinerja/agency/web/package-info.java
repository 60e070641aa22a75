/** Unit pages and API. */
@org.jspecify.annotations.NullMarked
package id.kinerja.agency.web;

/** Employee directory pages and API, and the NIP rule. */
@org.jspecify.annotations.NullMarked
package id.kinerja.employee.web;

/** Pages and JSON endpoints of planning. */
@org.jspecify.annotations.NullMarked
package id.kinerja.planning.web;

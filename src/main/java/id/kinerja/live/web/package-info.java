/** The live module's SSE endpoint. */
@org.jspecify.annotations.NullMarked
package id.kinerja.live.web;

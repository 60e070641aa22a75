package id.kinerja.employee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** How a page tells an htmx swap (a fragment is enough) from a whole page load. */
final class Htmx {

	private Htmx() {
	}

	/**
	 * Whether htmx asked for a part of the page; a history restore wants the whole page.
	 * Marks the answer as varying with the header, so no cache mixes the two.
	 */
	static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
	}

}

package id.kinerja.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's shell needs: the current path (for the language switch) and the
 * languages.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String value) ? value : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return Locales.SUPPORTED;
	}

}

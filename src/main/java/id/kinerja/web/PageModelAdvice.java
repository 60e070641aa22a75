package id.kinerja.web;

import java.util.List;
import java.util.Locale;

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
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return Locales.SUPPORTED;
	}

}

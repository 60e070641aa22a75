package id.kinerja.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.shared.FieldsRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.tabular.ImportRejectedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON endpoint into an RFC 9457 problem detail in the caller's
 * language, with an {@code errors} array naming each invalid field.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ProblemResponses problems;

	private final MessageSource messages;

	ApiExceptionHandler(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(KinerjaException.class)
	ResponseEntity<ProblemDetail> refused(KinerjaException ex, Locale locale) {
		ProblemDetail problem = this.problems.problem(ex.getStatus(), ex.getMessageKey(), ex.getArguments(), locale);
		if (ex instanceof ImportRejectedException rejected) {
			problem.setProperty("errors", rejected.getErrors().stream().map((error) -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("line", error.line());
				item.put("column", error.column());
				item.put("message",
						this.messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
				return item;
			}).toList());
		}
		if (ex instanceof FieldsRejectedException rejected) {
			problem.setProperty("errors", rejected.getProblems().stream().map((error) -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("field", error.field());
				item.put("code", error.messageKey());
				item.put("message",
						this.messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
				return item;
			}).toList());
		}
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentEdit(OptimisticLockingFailureException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(this.problems.problem(HttpStatus.CONFLICT, "web.error.conflict", new Object[0], locale));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		// Let the security filters answer (401 or 403, as a problem detail).
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		log.error("Unexpected API failure", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "web.error.server", new Object[0], locale));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "web.error.validation", new Object[0],
				localeOf(request));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", message(error, localeOf(request))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "web.error.validation", new Object[0],
				localeOf(request));
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", this.messages.getMessage(error, localeOf(request)))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "web.error.unreadable", new Object[0],
				localeOf(request));
		// A value of the wrong type or outside an enumeration: name the field it was sent
		// in.
		if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("field", fieldPath(mismatch.getPath()), "message",
					this.messages.getMessage("web.error.field-value", null, localeOf(request)))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** Write a JSON path as a field name: {@code indicators[0].aspect}. */
	static String fieldPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private String message(FieldError error, Locale locale) {
		return this.messages.getMessage(error, locale);
	}

	private static Locale localeOf(WebRequest request) {
		return LocaleContextHolder.getLocale();
	}

}

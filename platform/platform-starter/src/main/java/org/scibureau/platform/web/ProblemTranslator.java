package org.scibureau.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import tools.jackson.core.JacksonException;

/**
 * Turns any failure into the {@link ProblemException} that describes it to the caller.
 * <p>
 * Failures caused by the request (bad body, wrong media type, unknown path) become 4xx problems; failures of
 * our own become a 500 that discloses nothing.
 */
final class ProblemTranslator {

	private ProblemTranslator() {
	}

	static ProblemException translate(Throwable failure) {
		if (failure instanceof ProblemException problem) {
			return problem;
		}
		if (failure instanceof WebExchangeBindException binding) {
			return validation(binding);
		}
		if (causedBy(failure, DataBufferLimitException.class) != null) {
			return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE);
		}
		if (failure instanceof UnsupportedMediaTypeStatusException) {
			return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE);
		}
		if (failure instanceof NotAcceptableStatusException) {
			return new ProblemException(ProblemType.NOT_ACCEPTABLE);
		}
		if (failure instanceof MethodNotAllowedException notAllowed) {
			return new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "problem.method-not-allowed.method",
					new Object[] { notAllowed.getHttpMethod() },
					Map.of("allowedMethods", notAllowed.getSupportedMethods().stream().map(Object::toString).sorted().toList()),
					List.of());
		}
		if (failure instanceof MissingRequestValueException missing) {
			return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of(missing.getName(), "required")));
		}
		if (failure instanceof ServerWebInputException input) {
			return malformed(input);
		}
		if (failure instanceof ServerErrorException error && error.getMethodParameter() != null
				&& error.getMethodParameter().hasParameterAnnotation(PathVariable.class)) {
			// A path variable that converts to nothing, such as a blank id: WebFlux calls it a server error, but
			// the caller sent it, exactly as it sent an id that is not one.
			return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of(error.getMethodParameter().getParameterName(), "unreadable-value")));
		}
		if (failure instanceof AuthenticationServiceException
				|| causedBy(failure, WebClientException.class) != null) {
			// The token could not be checked: the issuer's key set is unreachable (a service's only HTTP client
			// call). Not the caller's fault, and asking it to authenticate again would not help.
			return new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
		}
		if (failure instanceof AuthenticationException) {
			return new ProblemException(ProblemType.UNAUTHORIZED);
		}
		if (failure instanceof AccessDeniedException) {
			return new ProblemException(ProblemType.FORBIDDEN);
		}
		if (failure instanceof OptimisticLockingFailureException) {
			return new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.concurrent");
		}
		if (isUnstorableValue(failure)) {
			return new ProblemException(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.value");
		}
		if (failure instanceof DataIntegrityViolationException) {
			return new ProblemException(ProblemType.CONFLICT, "problem.conflict.duplicate");
		}
		if (isUnavailableResource(failure)) {
			return new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
		}
		if (failure instanceof ResponseStatusException status) {
			return byStatus(HttpStatus.resolve(status.getStatusCode().value()));
		}
		return new ProblemException(ProblemType.INTERNAL);
	}

	/**
	 * A value PostgreSQL refused as data (SQLSTATE class 22), such as a NUL character, which no text column can
	 * hold: what the caller sent, never a failure of ours.
	 */
	private static boolean isUnstorableValue(Throwable failure) {
		R2dbcException database = causedBy(failure, R2dbcException.class);
		return database != null && database.getSqlState() != null && database.getSqlState().startsWith("22");
	}

	/**
	 * A dependency that is saturated or down, which retrying later may cure: a time limit that ran out anywhere in
	 * the chain (the R2DBC pool's {@code max-acquire-time} ends in an {@code R2dbcTimeoutException} caused by a
	 * {@link TimeoutException}), a database that gave no connection ({@link DataAccessResourceFailureException} from
	 * a query, {@link CannotCreateTransactionException} from a transaction) or a statement that timed out.
	 */
	private static boolean isUnavailableResource(Throwable failure) {
		return causedBy(failure, TimeoutException.class) != null
				|| failure instanceof DataAccessResourceFailureException || failure instanceof QueryTimeoutException
				|| failure instanceof CannotCreateTransactionException;
	}

	private static ProblemException byStatus(@Nullable HttpStatus status) {
		if (status == null) {
			return new ProblemException(ProblemType.INTERNAL);
		}
		return switch (status) {
			case NOT_FOUND -> new ProblemException(ProblemType.NO_SUCH_ENDPOINT);
			case CONTENT_TOO_LARGE -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE);
			case UNAUTHORIZED -> new ProblemException(ProblemType.UNAUTHORIZED);
			case FORBIDDEN -> new ProblemException(ProblemType.FORBIDDEN);
			case TOO_MANY_REQUESTS -> new ProblemException(ProblemType.TOO_MANY_REQUESTS);
			case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT, BAD_GATEWAY -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE);
			case BAD_REQUEST -> new ProblemException(ProblemType.MALFORMED_REQUEST);
			default -> Arrays.stream(ProblemType.values())
				.filter((type) -> type.status() == status)
				.findFirst()
				.map(ProblemException::new)
				.orElseGet(() -> new ProblemException(
						status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL));
		};
	}

	private static ProblemException validation(WebExchangeBindException binding) {
		List<FieldViolation> violations = binding.getAllErrors().stream().map(ProblemTranslator::violation).toList();
		return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(), violations);
	}

	private static FieldViolation violation(ObjectError error) {
		String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
		String code = (error.getCode() != null) ? error.getCode() : "invalid";
		Object[] arguments = (error.getArguments() != null && error.getArguments().length > 1)
				? Arrays.copyOfRange(error.getArguments(), 1, error.getArguments().length) : new Object[0];
		return new FieldViolation(field, code, "violation." + code, arguments);
	}

	private static ProblemException malformed(ServerWebInputException input) {
		JacksonException jackson = causedBy(input, JacksonException.class);
		if (jackson != null && !jackson.getPath().isEmpty()) {
			return new ProblemException(ProblemType.MALFORMED_REQUEST, null, new Object[0], Map.of(),
					List.of(FieldViolation.of(JsonPaths.of(jackson.getPath()), "unreadable-value")));
		}
		if (jackson != null || causedBy(input, DecodingException.class) != null) {
			return new ProblemException(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json");
		}
		if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null) {
			return new ProblemException(ProblemType.VALIDATION, null, new Object[0], Map.of(),
					List.of(FieldViolation.of(input.getMethodParameter().getParameterName(), "unreadable-value")));
		}
		return new ProblemException(ProblemType.MALFORMED_REQUEST);
	}

	private static <T extends Throwable> @Nullable T causedBy(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}

package com.moleculeflow.app.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal of the REST API as RFC 9457 problem+json: a title, a status, and a detail saying where and why. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(0)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.title());
        problem.setType(URI.create("https://moleculeflow.example/problems/" + e.kind().name().toLowerCase().replace('_', '-')));
        return problem;
    }

    /** Two people changed the same task or process at the same moment: the engine kept the first change. */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else changed this at the same moment and their change was kept: reload it and decide again if still needed");
        problem.setTitle("Conflict with current state");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "your role does not allow this request");
        problem.setTitle("Not allowed");
        return problem;
    }

    /** Says which field of the JSON body is wrong and why, instead of "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail;
        if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            detail = "%s: '%s' is not a valid %s".formatted(path(invalid), invalid.getValue(), invalid.getTargetType().getSimpleName());
        } else if (e.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            detail = "%s: expected %s".formatted(path(mismatched), expected(mismatched.getTargetType()));
        } else if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            detail = "request body is not valid JSON: " + json.getOriginalMessage();
        } else {
            detail = "request body is missing or unreadable: send a JSON object with Content-Type application/json";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Lists every invalid field with its message, instead of "Invalid request content.". */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "request body is invalid" : detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another JSON type";
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (CharSequence.class.isAssignableFrom(type) || type == java.util.UUID.class) {
            return "a string";
        }
        return "a JSON object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "%s: '%s' is not a valid %s".formatted(e.getName(), e.getValue(),
                        e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()));
        problem.setTitle("Invalid request");
        return problem;
    }
}

package com.moleculeflow.app.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under /api/ that reach no controller (unknown path, wrong method, wrong content type) are refused as
 * problem+json too; anywhere else the exception goes on to the portal's error page unchanged.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRouteErrors {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noRoute(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        requireApi(request, e);
        return problem(HttpStatus.NOT_FOUND, "Not found", "no API endpoint " + request.getMethod() + " " + request.getRequestURI()
                + "; the endpoints are listed at /api/v1/openapi");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        requireApi(request, e);
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", request.getRequestURI() + " does not take "
                + e.getMethod() + "; it takes " + e.getSupportedHttpMethods());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        requireApi(request, e);
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", request.getRequestURI() + " does not take Content-Type "
                + (e.getContentType() == null ? "(none)" : e.getContentType()) + "; it takes "
                + e.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
    }

    private static <E extends Exception> void requireApi(HttpServletRequest request, E e) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

package com.moleculeflow.app.web;

import com.moleculeflow.app.common.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a portal page shows the error page with the service's message (where, what, why), never a stack trace. */
@ControllerAdvice(basePackages = "com.moleculeflow.app.web")
public class PortalErrors {

    private final PortalModel portal;

    PortalErrors(PortalModel portal) {
        this.portal = portal;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(status(e), e.title(), e.getMessage(), response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "Invalid request",
                "%s: '%s' is not a valid %s".formatted(e.getName(), e.getValue(),
                        e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()), response);
    }

    public static HttpStatus status(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    private ModelAndView page(HttpStatus status, String title, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("error", title);
        view.addObject("message", message);
        view.addObject("me", portal.me());
        view.addObject("nav", PortalModel.Navigation.of(portal.me()));
        return view;
    }
}

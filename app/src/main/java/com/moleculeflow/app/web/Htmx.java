package com.moleculeflow.app.web;

import jakarta.servlet.http.HttpServletRequest;

/** The same URL serves a whole page, or only a fragment when htmx asks for it. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}

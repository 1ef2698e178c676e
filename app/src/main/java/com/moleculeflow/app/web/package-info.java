/** The server-rendered portal: Thymeleaf pages and htmx fragments over the business modules' services, one sub-package per feature. */
package com.moleculeflow.app.web;

package com.moleculeflow.app.common;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's title and its one security scheme, so Swagger UI can send the token from POST /api/v1/auth/login. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "MoleculeFlow API", version = "v1",
        description = "Molecule registration, libraries, CRO submissions with signed approvals, results and the audit trail. "
                + "Sign in with POST /api/v1/auth/login and send the access token as 'Authorization: Bearer'. Errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiDescription {
}

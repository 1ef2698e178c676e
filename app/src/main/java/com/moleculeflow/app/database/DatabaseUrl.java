package com.moleculeflow.app.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * DATABASE_URL as the seed writes it ({@code postgresql://user:pass@host:5432/db}) or as a JDBC URL
 * ({@code jdbc:postgresql://host/db?user=..}). Credentials may also come from DATABASE_USERNAME/DATABASE_PASSWORD.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

    static DatabaseUrl parse(String url, String fallbackUser, String fallbackPassword) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(url, fallbackUser, fallbackPassword);
        }
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?(\\+\\w+)?://", "postgresql://"));
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("DATABASE_URL must look like postgresql://user:password@host:5432/database, was "
                    + url.replaceAll("//[^@/]*@", "//***@"));
        }
        String user = fallbackUser;
        String password = fallbackPassword;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : fallbackPassword;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
    }
}

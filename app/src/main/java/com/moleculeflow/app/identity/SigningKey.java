package com.moleculeflow.app.identity;

import com.moleculeflow.app.common.RunMode;
import com.moleculeflow.app.database.LocalDataDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;

/**
 * The HMAC key for tokens. Production requires SECRET_KEY (at least 32 bytes); local mode creates a random key
 * once and keeps it in the data directory so tokens survive a restart.
 */
final class SigningKey {

    private SigningKey() {
    }

    static SecretKey load(SecurityProperties properties, Environment env, LocalDataDirectory dataDirectory) throws IOException {
        String secret = properties.secretKey();
        if (secret == null || secret.isBlank()) {
            if (RunMode.of(env) == RunMode.PRODUCTION) {
                RunMode.required(env, "SECRET_KEY");
            }
            secret = localKey(dataDirectory.resolve("secret.key"));
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("SECRET_KEY must be at least 32 bytes long (it signs tokens with HMAC-SHA256)");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static String localKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        Files.writeString(file, key);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays readable by the user only through the profile directory's own ACLs
        }
        return key;
    }
}

package com.moleculeflow.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with its own embedded PostgreSQL under {@code target/test-data/}. Every
 * class with this annotation shares one running instance (Spring caches the context), so tests must not assume an
 * empty registry: each works on records it creates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "moleculeflow.data-dir=target/test-data/${random.uuid}")
public @interface RunningApplicationTest {
}

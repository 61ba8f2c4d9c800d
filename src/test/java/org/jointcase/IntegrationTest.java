package org.jointcase;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port, on the PostgreSQL test database, with the demo directory, signing in through
 * the test OpenID Connect provider ({@link TestIdentityProvider}) as well as with the demo passwords. All integration
 * tests share this one context, with metrics exported as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, TestIdentityProvider.Initializer.class })
public @interface IntegrationTest {
}

package nl.werkpad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the test profile (in-memory H2 unless overridden).
 * Camunda registers its process engine JVM-wide, so one JVM can hold only one application context:
 * unit tests all share this configuration; a test that needs other properties is an integration test
 * (*IT), and failsafe gives each of those a JVM of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(JourneyDriver.class)
public @interface ApplicationTest {}

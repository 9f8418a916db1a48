package nl.werkpad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/** Runs an {@link ApplicationTest} on a fresh PostgreSQL database, or skips it when none is reachable. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresDatabase.class)
@ContextConfiguration(initializers = PostgresDatabase.class)
public @interface OnPostgres {}

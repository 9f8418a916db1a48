package nl.werkpad.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a model may execute. Deploying a model is running code, so an expression in a model (a delegate,
 * listener, condition, timer, input mapping, ...) reaches only what carries this mark:
 * <ul>
 *   <li>on a bean's class: the bean may be named as a whole, as a delegate or listener ({@code ${zaakOpening}});</li>
 *   <li>on a public method of a bean: the method may be called ({@code ${teams.klantmanagers(woongemeente)}}).</li>
 * </ul>
 * Everything else of the application, the engine's services, classes and reflection stay out of reach of
 * every model, also of a designer's (README, "Security"; {@code nl.werkpad.modellen.ExpressionSandbox}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModelApi {}

package nl.werkpad.modellen;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * The engine's expression machinery with the {@link ExpressionSandbox} inside: every expression the engine
 * evaluates (BPMN, JUEL in decisions, stored queries), from whichever deployment, resolves names and
 * calls methods through it. Instead of Spring's resolver, which hands a model every bean of the
 * application, only the beans for models are there; a guard ahead of the resolvers that reach into
 * objects refuses what models may not use; and of the engine's functions only the sandbox's remain.
 */
public class SandboxedExpressionManager extends JuelExpressionManager {

  private final ExpressionSandbox sandbox;

  public SandboxedExpressionManager(ExpressionSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new Guard(sandbox));
    resolver.add(new ModelBeans(sandbox));
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    resolver.add(new BeanELResolver(true));
    return resolver;
  }

  @Override
  protected FunctionMapper createFunctionMapper() {
    FunctionMapper engine = super.createFunctionMapper();
    return new FunctionMapper() {
      @Override
      public Method resolveFunction(String prefix, String localName) {
        boolean allowed = (prefix == null || prefix.isBlank()) && ExpressionSandbox.FUNCTIONS.contains(localName);
        return allowed ? engine.resolveFunction(prefix, localName) : null;
      }
    };
  }

  /** Resolves nothing itself; refuses, before anything else can, what a model may not reach. */
  private static final class Guard extends ELResolver {

    private final ExpressionSandbox sandbox;

    Guard(ExpressionSandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null) {
        // Variables were resolved before this guard; what remains of the application is not for models.
        if (property instanceof String name && sandbox.isOtherBean(name)) {
          throw new ModelNotAllowedException("'" + name + "' is geen bouwsteen van Werkpad voor modellen.");
        }
        return null;
      }
      sandbox.checkMember(base, property, false);
      return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
      if (base != null) {
        sandbox.checkMember(base, method, true);
        sandbox.checkCall(base, method, params);
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      if (base != null) {
        sandbox.checkMember(base, property, false);
      }
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      if (base != null) {
        throw new ModelNotAllowedException("een model kan geen eigenschap '" + property + "' wijzigen; "
            + "gebruik execution.setVariable.");
      }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }

  /** The beans for models, by name, read-only. */
  private static final class ModelBeans extends ELResolver {

    private final ExpressionSandbox sandbox;

    ModelBeans(ExpressionSandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && sandbox.isModelBean(name)) {
        context.setPropertyResolved(true);
        return sandbox.bean(name);
      }
      return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && sandbox.isModelBean(name)) {
        context.setPropertyResolved(true);
        return true;
      }
      return false;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      if (base == null && property instanceof String name && sandbox.isModelBean(name)) {
        throw new PropertyNotWritableException("Bouwsteen '" + name + "' kan niet worden overschreven.");
      }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && sandbox.isModelBean(name)) {
        context.setPropertyResolved(true);
        return Object.class;
      }
      return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}

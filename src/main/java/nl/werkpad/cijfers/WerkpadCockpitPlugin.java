package nl.werkpad.cijfers;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The "Werkpad" tab in Cockpit: its page (plugin-webapp/werkpad/app/plugin.js) and its API under
 * /camunda/api/cockpit/plugin/werkpad/{engine}/, which the webapp serves only to logged-in users.
 * Registered through META-INF/services, as Cockpit finds its plugins.
 */
public class WerkpadCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "werkpad";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CijfersPluginRootResource.class);
  }
}

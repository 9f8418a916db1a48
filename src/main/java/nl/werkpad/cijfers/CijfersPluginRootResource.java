package nl.werkpad.cijfers;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The root of the Werkpad plugin's API: /camunda/api/cockpit/plugin/werkpad/{engine}/cijfers. */
@Path("plugin/" + WerkpadCockpitPlugin.ID)
public class CijfersPluginRootResource extends AbstractCockpitPluginRootResource {

  public CijfersPluginRootResource() {
    super(WerkpadCockpitPlugin.ID);
  }

  @Path("{engineName}/cijfers")
  public CijfersResource cijfers(@PathParam("engineName") String engineName) {
    return subResource(new CijfersResource(engineName), engineName);
  }
}

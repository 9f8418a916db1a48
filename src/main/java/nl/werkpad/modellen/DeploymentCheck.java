package nl.werkpad.modellen;

import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a deployment before the engine takes it, so that a designer's deployment never half-applies or
 * breaks running journeys: every form, decision, called process and delegate a model names must exist
 * (in the deployment or deployed before), and a deployment from outside the application (Camunda Modeler,
 * the REST API) may not remove an activity where journeys wait. A refusal names every problem, in Dutch,
 * and the whole deployment is rolled back.
 */
@Component
public class DeploymentCheck implements Deployer {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
  private static final String SERVICE_PROVIDER = "ServiceProvider";

  private final ListableBeanFactory beans;
  private final ObjectMapper json;
  private final Regions regions;
  private final ModelContent content;

  DeploymentCheck(ListableBeanFactory beans, ObjectMapper json, Regions regions, ModelContent content) {
    this.beans = beans;
    this.json = json;
    this.regions = regions;
    this.content = content;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    boolean tenantCheck = context.isTenantCheckEnabled();
    List<String> problems;
    context.disableTenantCheck();
    try {
      problems = context.runWithoutAuthorization(() -> problems(deployment, context));
    } finally {
      context.setTenantCheckEnabled(tenantCheck);
    }
    if (!problems.isEmpty()) {
      throw new RejectedInputException(INVALID_INPUT, "De deployment is geweigerd, er is niets gewijzigd. "
          + String.join(" ", problems));
    }
  }

  /** Every problem of the deployment's models; empty when it may go ahead. */
  List<String> problems(DeploymentEntity deployment, CommandContext context) {
    Collection<ResourceEntity> resources = deployment.getResources() == null ? List.of() : deployment.getResources().values();
    // What a file may hold comes first: a model that would run what models may not is not read further.
    List<String> unsafe = resources.stream().flatMap(r -> content.problems(r.getName(), r.getBytes()).stream()).toList();
    if (!unsafe.isEmpty()) {
      return unsafe;
    }
    Set<String> forms = new HashSet<>();
    Set<String> decisions = new HashSet<>();
    Set<String> processes = new HashSet<>();
    List<BpmnModelInstance> models = new ArrayList<>();
    List<ResourceEntity> serviceProviders = new ArrayList<>();
    for (ResourceEntity resource : resources) {
      String name = resource.getName();
      if (name.endsWith(".form")) {
        forms.add(formId(resource));
      } else if (name.endsWith(".dmn")) {
        for (Decision decision : Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
            .getModelElementsByType(Decision.class)) {
          decisions.add(decision.getId());
          if (decision.getId().equals(SERVICE_PROVIDER)) {
            serviceProviders.add(resource);
          }
        }
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        models.add(model);
        model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
      }
    }
    ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
    boolean fromOutside = !ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE.equals(deployment.getSource());
    List<String> problems = new ArrayList<>();
    for (BpmnModelInstance model : models) {
      for (ModelElementInstance element : model.getModelElementsByType(FlowNode.class)) {
        check(element, "formRef", key -> forms.contains(key)
            || context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null,
            "het formulier", problems);
        check(element, "decisionRef", key -> decisions.contains(key)
            || engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0,
            "de beslistabel", problems);
        if (element.getDomElement().getLocalName().equals("callActivity")) {
          String called = element.getAttributeValue("calledElement");
          if (called != null && !processes.contains(called)
              && engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
            problems.add(where(element) + " roept proces '" + called + "' aan, maar dat bestaat niet.");
          }
        }
        delegates(element.getDomElement(), element, problems);
      }
      if (fromOutside) {
        model.getModelElementsByType(Process.class).forEach(process -> waiting(process, model, engine, problems));
      }
    }
    serviceProviders.forEach(table -> servedByWhoMay(table, engine, problems));
    return problems;
  }

  /**
   * ServiceProvider may only name an organisation that works for the municipality (regions.yml): another's
   * trajectbegeleiders would get tasks for clients they may not see.
   */
  private void servedByWhoMay(ResourceEntity table, ProcessEngineConfigurationImpl engine, List<String> problems) {
    DmnEngine dmn = engine.getDmnEngine();
    DmnDecision decision = dmn.parseDecision(SERVICE_PROVIDER, new ByteArrayInputStream(table.getBytes()));
    for (Municipality municipality : regions.municipalities()) {
      Map<String, List<String>> services = new TreeMap<>();
      for (String dienst : new TreeSet<>(JourneyVariables.ROUTES)) {
        Object organisation;
        try {
          DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
              Variables.putValue("woongemeente", municipality.code()).putValue("dienst", dienst)).getSingleResult();
          organisation = result == null ? null : result.getSingleEntry();
        } catch (DmnEngineException ambiguous) {
          problems.add(SERVICE_PROVIDER + " geeft voor " + municipality.name() + " (" + municipality.code() + ") en dienst "
              + dienst + " meer dan één uitvoerder; één regel moet passen.");
          continue;
        }
        if (organisation != null && !municipality.servedBy(organisation.toString())) {
          services.computeIfAbsent(organisation.toString(), o -> new ArrayList<>()).add(dienst);
        }
      }
      services.forEach((organisation, diensten) -> problems.add(SERVICE_PROVIDER + " stuurt " + municipality.name() + " ("
          + municipality.code() + ") voor " + String.join(", ", diensten) + " naar " + organisation + ", maar " + organisation
          + " werkt niet voor " + municipality.name() + " (regions.yml): die trajectbegeleiders zien de klanten van "
          + municipality.name() + " niet. Laat de beheerder eerst de regio-indeling aanpassen."));
    }
  }

  private void check(ModelElementInstance element, String attribute, Predicate<String> exists,
      String what, List<String> problems) {
    String key = element.getAttributeValueNs(CAMUNDA, attribute);
    if (key != null && !key.contains("${") && !exists.test(key)) {
      problems.add(where(element) + " gebruikt " + what + " '" + key + "', maar dat bestaat niet.");
    }
  }

  /** Delegates and listeners named as ${bean} must be beans of the application. */
  private void delegates(DomElement dom, ModelElementInstance element, List<String> problems) {
    String delegate = dom.getAttribute(CAMUNDA, "delegateExpression");
    if (delegate != null) {
      Matcher bean = BEAN.matcher(delegate.trim());
      if (bean.matches() && !beans.containsBean(bean.group(1))) {
        problems.add(where(element) + " gebruikt de bouwsteen '" + bean.group(1) + "', maar die bestaat niet in Werkpad.");
      }
    }
    for (DomElement child : dom.getChildElements()) {
      delegates(child, element, problems);
    }
  }

  /** A new version may not drop an activity where journeys of an earlier version wait. */
  private static void waiting(Process process, BpmnModelInstance model, ProcessEngineConfigurationImpl engine,
      List<String> problems) {
    Set<String> kept = new HashSet<>();
    model.getModelElementsByType(FlowNode.class).forEach(node -> kept.add(node.getId()));
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(process.getId()).list()) {
      for (ActivityStatistics activity : engine.getManagementService().createActivityStatisticsQuery(definition.getId()).list()) {
        if (activity.getInstances() > 0 && !kept.contains(activity.getId())) {
          problems.add("Proces '" + process.getId() + "' mist activiteit '" + activity.getId() + "', terwijl daar "
              + activity.getInstances() + " klantreis(en) wachten (versie " + definition.getVersion()
              + "). Laat de activiteit staan, of migreer die klantreizen eerst (docs/ontwerpers/wijzigen.md).");
        }
      }
    }
  }

  private static String where(ModelElementInstance element) {
    String name = element.getAttributeValue("name");
    return "'" + (name == null ? element.getAttributeValue("id") : name) + "' (" + element.getAttributeValue("id") + ")";
  }

  private String formId(ResourceEntity resource) {
    try {
      return json.readTree(resource.getBytes()).path("id").asText();
    } catch (IOException e) {
      throw new RejectedInputException(INVALID_INPUT, "Het formulier " + resource.getName() + " is geen geldige Camunda Form.");
    }
  }
}

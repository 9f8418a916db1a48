package nl.werkpad.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters in Dutch, the same for every case worker: the query expressions resolve to the
 * logged-in user and their teams. They set no sort order, so Tasklist's own sorting works. Readable by every user; created after deployment when missing
 * (matched by name), in every mode, as production needs them as much as the demo.
 */
@Component
public class TasklistFilters {

  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  private static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "klantreisnummer", "label", "Klantreisnummer"),
      Map.of("name", "woongemeenteNaam", "label", "Woongemeente"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @EventListener(PostDeployEvent.class)
  public void ensure() {
    ensure("Mijn taken", "Taken die aan jou zijn toegewezen", -10, "#2f6f9f",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("Taken van mijn team", "Alle open taken van je team, ook die een collega heeft opgepakt", 0, "#3c8c5a",
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks());
    ensure("Nog op te pakken", "Taken van je team die nog niemand heeft opgepakt", 10, "#c9862b",
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).taskUnassigned());
    ensure("Over de vervaldatum", "Taken van je team waarvan de vervaldatum voorbij is", 20, "#b03a2e",
        tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
  }

  private void ensure(String name, String description, int priority, String color, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", COLUMNS);
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);

    Authorization readable = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    readable.setUserId(Authorization.ANY);
    readable.setResource(Resources.FILTER);
    readable.setResourceId(filter.getId());
    readable.addPermission(Permissions.READ);
    authorizations.saveAuthorization(readable);
  }
}

package nl.werkpad.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda grants whoever a task is handed to (assignee, owner, candidate user or group) read and update
 * permission on it. A case worker may hand a task on only within the municipality: to a user or group
 * that belongs to the task's tenant. Handed to anyone else (an unknown id, another municipality's team),
 * the link may stand, but it grants nothing: no authorization is created.
 */
class TenantBoundTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return newAssignee == null || userBelongs(task, newAssignee) ? super.newTaskAssignee(task, oldAssignee, newAssignee) : null;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return newOwner == null || userBelongs(task, newOwner) ? super.newTaskOwner(task, oldOwner, newOwner) : null;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return userBelongs(task, userId) ? super.newTaskUserIdentityLink(task, userId, type) : null;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return groupBelongs(task, groupId) ? super.newTaskGroupIdentityLink(task, groupId, type) : null;
  }

  private static boolean userBelongs(Task task, String userId) {
    return whoever(context -> {
      ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
      return identity.createUserQuery().userId(userId).count() > 0 && (task.getTenantId() == null
          || identity.createTenantQuery().tenantId(task.getTenantId()).userMember(userId).includingGroupsOfUser(true).count() > 0);
    });
  }

  private static boolean groupBelongs(Task task, String groupId) {
    return whoever(context -> {
      ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
      return identity.createGroupQuery().groupId(groupId).count() > 0 && (task.getTenantId() == null
          || identity.createTenantQuery().tenantId(task.getTenantId()).groupMember(groupId).count() > 0);
    });
  }

  /** Who belongs where is the same whoever asks: the identity queries run without the user's authorizations. */
  private static boolean whoever(java.util.function.Function<CommandContext, Boolean> question) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> question.apply(context));
  }
}

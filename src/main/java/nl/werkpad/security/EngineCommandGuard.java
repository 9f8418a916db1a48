package nl.werkpad.security;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkpad.journey.RejectedInputException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Werkpad's rules on what users ask the engine, checked on the engine's own command chain: every REST
 * path, the webapps' API and Java calls pass it, whatever the URL.
 * <ul>
 *   <li>Messages with rules of their own ({@link MessageGuard}) are checked before the engine correlates
 *       them, and may then run without the sender's authorizations on the journey.</li>
 *   <li>What only an administrator does: starting a journey past its beginning (start instructions),
 *       restarting an ended one, and triggering a message or signal at an execution by its id, which
 *       would pass by the rules of the messages.</li>
 * </ul>
 */
class EngineCommandGuard extends CommandInterceptor {

  /** Commands that skip a journey's path or its messages' rules: for administrators (and the application) only. */
  private static final Map<String, String> ADMINISTRATORS_ONLY = Map.of(
      "StartProcessInstanceAtActivitiesCmd", "Een klantreis begint bij haar begin; starten bij een latere stap kan alleen een beheerder.",
      "RestartProcessInstancesCmd", "Een beëindigde klantreis opnieuw starten kan alleen een beheerder.",
      "RestartProcessInstancesBatchCmd", "Een beëindigde klantreis opnieuw starten kan alleen een beheerder.",
      "MessageEventReceivedCmd", "Een bericht gaat naar een klantreis via POST /message met het klantreisnummer als businessKey.",
      "SignalEventReceivedCmd", "Signalen stuurt alleen een beheerder.");
  /** Camunda checks no authorization on attachments; Werkpad keeps none (documents are the zaak's, in the zaaksysteem). */
  private static final Set<String> ATTACHMENTS = Set.of("CreateAttachmentCmd", "DeleteAttachmentCmd", "GetAttachmentCmd",
      "GetAttachmentContentCmd", "GetProcessInstanceAttachmentsCmd", "GetTaskAttachmentCmd", "GetTaskAttachmentContentCmd",
      "GetTaskAttachmentsCmd", "SaveAttachmentCmd");
  /** Nor on comments, which a case worker writes about a client: only who sees the task or journey reads or adds them. */
  private static final Set<String> COMMENTS = Set.of("AddCommentCmd", "GetProcessInstanceCommentsCmd", "GetTaskCommentCmd",
      "GetTaskCommentsCmd", "GetTaskEventsCmd");
  private static final Field BUILDER = builderField();

  private final Map<String, MessageGuard> messages;

  EngineCommandGuard(List<MessageGuard> messages) {
    this.messages = messages.stream().collect(Collectors.toMap(MessageGuard::messageName, Function.identity()));
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user != null && !isAdmin(user)) {
      String name = command.getClass().getSimpleName();
      String refusal = ADMINISTRATORS_ONLY.get(name);
      if (refusal != null) {
        throw new RejectedInputException(FORBIDDEN, refusal);
      }
      if (suspension(command)) {
        throw new RejectedInputException(FORBIDDEN, "Klantreizen, taken en hun stappen stilzetten of hervatten kan alleen een beheerder.");
      }
      if (ATTACHMENTS.contains(name)) {
        throw new RejectedInputException(FORBIDDEN, "Bijlagen horen bij de zaak in het zaaksysteem, niet in Werkpad.");
      }
      if (COMMENTS.contains(name)) {
        CommentScope.of(command).check(context);
      }
    }
    return correlation(command).map(c -> guarded(command, c, user)).orElseGet(() -> next.execute(command));
  }

  private <T> T guarded(Command<T> command, MessageCorrelationBuilderImpl correlation, Authentication user) {
    MessageGuard guard = messages.get(correlation.getMessageName());
    if (guard == null || !guard.check(new MessageDelivery(correlation, user))) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    boolean authorization = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return next.execute(command);
    } finally {
      if (authorization) {
        context.enableAuthorizationCheck();
      }
    }
  }

  private static java.util.Optional<MessageCorrelationBuilderImpl> correlation(Command<?> command) {
    if (!(command instanceof AbstractCorrelateMessageCmd)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of((MessageCorrelationBuilderImpl) BUILDER.get(command));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("De berichtcontrole kan het bericht niet lezen", e);
    }
  }

  /** Suspending or activating instances, jobs, definitions or batches: an operator's work. */
  private static boolean suspension(Command<?> command) {
    return command instanceof AbstractSetStateCmd || command instanceof AbstractSetBatchStateCmd
        || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd;
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /** The engine keeps a correlation's builder to itself; the guard must read what it will correlate. */
  private static Field builderField() {
    try {
      Field builder = AbstractCorrelateMessageCmd.class.getDeclaredField("builder");
      builder.setAccessible(true);
      return builder;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Deze versie van de engine correleert berichten anders dan Werkpad verwacht", e);
    }
  }
}

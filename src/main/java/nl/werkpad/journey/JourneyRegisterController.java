package nl.werkpad.journey;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For an administrator: {@code POST /werkpad/api/klantreizen/herstel} compares every active journey of
 * the register with the engine and ends those whose process is gone ({@link JourneyRegisterRepair}).
 */
@RestController
class JourneyRegisterController {

  private final JourneyRegisterRepair repair;
  private final IdentityService identity;

  JourneyRegisterController(JourneyRegisterRepair repair, IdentityService identity) {
    this.repair = repair;
    this.identity = identity;
  }

  @PostMapping("/werkpad/api/klantreizen/herstel")
  ResponseEntity<Object> herstel() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Alleen een beheerder herstelt het klantreizenregister."));
    }
    return ResponseEntity.ok(repair.repair());
  }
}

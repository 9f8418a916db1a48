package nl.werkpad.overname;

import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseload take-over for an administrator: {@code POST /werkpad/api/overnames} with the CSV file as
 * body answers 202 with the take-over's progress and where to follow it ({@code GET
 * /werkpad/api/overnames/{id}}). HTTP basic authentication as for /engine-rest.
 */
@RestController
@RequestMapping("/werkpad/api/overnames")
class OvernameController {

  private final Overname overname;
  private final IdentityService identity;

  OvernameController(Overname overname, IdentityService identity) {
    this.overname = overname;
    this.identity = identity;
  }

  @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
  ResponseEntity<Object> start(@RequestBody byte[] csv) {
    Authentication user = identity.getCurrentAuthentication();
    if (!isAdmin(user)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Alleen een beheerder neemt een caseload over."));
    }
    try {
      OvernameStatus status = overname.start(csv, user.getUserId());
      return ResponseEntity.accepted().location(URI.create("/werkpad/api/overnames/" + status.getId())).body(status);
    } catch (Overname.OngeldigBestand ongeldig) {
      return ResponseEntity.badRequest().body(Map.of("message", ongeldig.getMessage()));
    }
  }

  @GetMapping("/{id}")
  ResponseEntity<Object> status(@PathVariable String id) {
    if (!isAdmin(identity.getCurrentAuthentication())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Alleen een beheerder neemt een caseload over."));
    }
    return overname.status(id).<ResponseEntity<Object>>map(ResponseEntity::ok)
        .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
            "Geen overname met dit nummer op deze server. De voortgang is alleen bekend bij de server die het bestand kreeg.")));
  }

  private static boolean isAdmin(Authentication user) {
    return user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }
}

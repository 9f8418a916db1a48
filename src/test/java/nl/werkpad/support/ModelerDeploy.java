package nl.werkpad.support;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Deploys over the REST API as Camunda Modeler's deploy button does, with a user's own account. */
public final class ModelerDeploy {

  private ModelerDeploy() {}

  public static ResponseEntity<Map> deploy(TestRestTemplate rest, String user, String file, byte[] content) {
    return deploy(rest, user, Map.of(file, content));
  }

  /** A multipart form with the files, a name and the source, to {@code path} (default: /engine-rest). */
  public static ResponseEntity<Map> deploy(TestRestTemplate rest, String user, Map<String, byte[]> files) {
    return deploy(rest, user, "/engine-rest/deployment/create", files);
  }

  public static ResponseEntity<Map> deploy(TestRestTemplate rest, String user, String path, Map<String, byte[]> files) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "Wijziging " + String.join(", ", files.keySet()));
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "true");
    files.forEach((file, content) -> form.add(file, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return file;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(form, headers), Map.class);
  }

  public static byte[] bytes(BpmnModelInstance model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bpmn.writeModelToStream(out, model);
    return out.toByteArray();
  }
}

package nl.werkpad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The process application. Its archive (META-INF/processes.xml) deploys the models of bpmn/ and dmn/,
 * forms included, and only what changed. The resources are collected here with Spring's resolver:
 * Camunda's own classpath scanner cannot read the nested-jar URLs of a Spring Boot jar started with
 * {@code java -jar}, and would deploy nothing there.
 */
public class WerkpadProcessApplication extends SpringBootProcessApplication {

  /** Where pom.xml puts bpmn/ and dmn/ on the classpath; resource names are relative to it. */
  static final String ROOT = "werkpad/";
  private static final List<String> PATTERNS = List.of("**/*.bpmn", "**/*.dmn", "**/*.form");

  @Override
  public void createDeployment(String processArchiveName, DeploymentBuilder deployment) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(getProcessApplicationClassloader());
    try {
      for (String pattern : PATTERNS) {
        for (Resource model : resolver.getResources("classpath*:" + ROOT + pattern)) {
          deployment.addInputStream(nameOf(model), model.getInputStream());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kan de modellen niet lezen", e);
    }
  }

  private static String nameOf(Resource model) throws IOException {
    String url = model.getURL().toString();
    return url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1);
  }
}

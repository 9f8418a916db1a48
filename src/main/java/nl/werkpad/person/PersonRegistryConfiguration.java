package nl.werkpad.person;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The person registry selected by {@code werkpad.brp.mode}: {@code embedded} (default, also when the
 * property is missing) or {@code haalcentraal}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrpProperties.class)
public class PersonRegistryConfiguration {

  @Bean
  @ConditionalOnProperty(name = "werkpad.brp.mode", havingValue = "embedded", matchIfMissing = true)
  public PersonRegistry embeddedPersonRegistry(BrpProperties properties, ResourceLoader resources) {
    return new EmbeddedPersonRegistry(resources.getResource(properties.embeddedResource()));
  }

  @Bean
  @ConditionalOnProperty(name = "werkpad.brp.mode", havingValue = "haalcentraal")
  public PersonRegistry haalCentraalPersonRegistry(BrpProperties properties, ObjectProvider<SslBundles> sslBundles) {
    if (properties.sslBundle().isEmpty()) {
      return new HaalCentraalPersonRegistry(properties);
    }
    SslBundles bundles = sslBundles.getIfAvailable();
    if (bundles == null) {
      throw new IllegalStateException("werkpad.brp.ssl-bundle is ingesteld, maar er zijn geen spring.ssl.bundle's");
    }
    return new HaalCentraalPersonRegistry(properties,
        bundles.getBundle(properties.sslBundle()).createSslContext());
  }
}

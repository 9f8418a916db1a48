package nl.werkpad.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that our Dutch Tasklist translation (src/main/resources/.../tasklist/locales/nl.json)
 * is complete against the English locale shipped in the Camunda webapp webjar.
 *
 * <p>Tasklist only loads nl.json (see scripts/config.js), so any key missing there shows up as a raw
 * key like "CLAIM_TASK" in the user interface.
 */
class TasklistLocaleTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  private static final String WEBJAR = "camunda-webapp-webjar";

  /** angular-translate placeholders, e.g. {{name}} or {{ count }}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  /** moment.js relativeTime tokens, e.g. "%d days", "in %s". */
  private static final Pattern PRINTF_TOKEN = Pattern.compile("%[ds]");
  /** HTML markup inside labels (not "<null>" or "<="), e.g. <a href="...">, </a>, <br/>. */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|b|br|code|em|i|p|span|strong)\\b[^>]*>");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Map<String, JsonNode> english;
  private static Map<String, JsonNode> dutch;

  @BeforeAll
  static void loadLocales() throws IOException {
    english = leaves(MAPPER.readTree(read(webjarResource("en.json"))));
    dutch = leaves(MAPPER.readTree(read(projectResource("nl.json"))));
  }

  @Test
  void englishLocaleFromWebjarIsLoaded() {
    // Guards against comparing with an empty or wrong file.
    assertThat(english).containsKeys("labels.CLAIM_TASK", "dateLocales.months[0]");
    assertThat(english.size()).isGreaterThan(400);
  }

  @Test
  void dutchHasEveryKeyOfEnglish() {
    Set<String> missing = new LinkedHashSet<>(english.keySet());
    missing.removeAll(dutch.keySet());
    assertThat(missing).as("keys of en.json missing in nl.json").isEmpty();
  }

  @Test
  void dutchHasNoExtraKeys() {
    Set<String> extra = new LinkedHashSet<>(dutch.keySet());
    extra.removeAll(english.keySet());
    assertThat(extra).as("keys in nl.json that en.json does not have").isEmpty();
  }

  @Test
  void valuesHaveTheSameJsonTypeAsEnglish() {
    List<String> wrongType = new ArrayList<>();
    english.forEach(
        (path, en) -> {
          JsonNode nl = dutch.get(path);
          if (nl != null && nl.getNodeType() != en.getNodeType()) {
            wrongType.add(path + " is " + nl.getNodeType() + ", expected " + en.getNodeType());
          }
          if (nl != null && en.isNumber() && !en.equals(nl)) {
            wrongType.add(path + " is " + nl + ", expected " + en);
          }
        });
    assertThat(wrongType).as("values whose type differs from en.json").isEmpty();
  }

  @Test
  void dutchHasNoEmptyValues() {
    List<String> empty = new ArrayList<>();
    dutch.forEach(
        (path, nl) -> {
          if (nl.isNull() || (nl.isTextual() && nl.asText().isBlank())) {
            empty.add(path);
          }
        });
    assertThat(empty).as("empty values in nl.json").isEmpty();
  }

  @Test
  void dutchKeepsEveryPlaceholderTokenAndTag() {
    List<String> problems = new ArrayList<>();
    english.forEach(
        (path, en) -> {
          JsonNode nl = dutch.get(path);
          if (!en.isTextual() || nl == null || !nl.isTextual()) {
            return;
          }
          for (Pattern pattern : List.of(PLACEHOLDER, PRINTF_TOKEN, HTML_TAG)) {
            for (String token : matches(pattern, en.asText())) {
              if (!nl.asText().contains(token)) {
                problems.add(path + ": missing " + token + " in \"" + nl.asText() + "\"");
              }
            }
          }
        });
    assertThat(problems).as("placeholders of en.json lost in nl.json").isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Flattens JSON into "a.b.c" / "a.list[3]" paths of its leaf values. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    collect("", root, result);
    return result;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> result) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), result);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), result);
      }
    } else {
      result.put(path, node);
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** The locale file of the Camunda webjar (our own files sit in the same classpath folder). */
  private static URL webjarResource(String file) throws IOException {
    List<URL> urls = resources(file);
    return urls.stream()
        .filter(url -> url.toString().contains(WEBJAR))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + file + " from " + WEBJAR + " in " + urls));
  }

  /** The locale file from our own build output (target/classes), not from a jar. */
  private static URL projectResource(String file) throws IOException {
    List<URL> urls = resources(file);
    return urls.stream()
        .filter(url -> "file".equals(url.getProtocol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no project " + file + " on the classpath: " + urls));
  }

  private static List<URL> resources(String file) throws IOException {
    ClassLoader loader = TasklistLocaleTest.class.getClassLoader();
    return Collections.list(loader.getResources(LOCALES + file));
  }

  /** Reads UTF-8 text and drops a leading byte order mark (the webjar's en.json has one). */
  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}

package nl.werkpad.person;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * The person registry of the embedded default ({@code werkpad.brp.mode=embedded}): fictitious persons
 * read once, at start-up, from a YAML file ({@code werkpad.brp.embedded-resource}, by default
 * {@code classpath:embedded/personen.yml}). Every entry is checked; one bad entry stops the start-up
 * with a message that names the file, the line and the problem, never the BSN.
 *
 * <p>Like the BRP it answers every municipality that asks: {@code woongemeente} only matters for
 * protocollering, which an in-process registry of fictitious persons does not need.
 */
public class EmbeddedPersonRegistry implements PersonRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPersonRegistry.class);

  /** The fields of an entry, as written in the file. */
  static final List<String> FIELDS = List.of("bsn", "voornamen", "voorvoegsel", "geslachtsnaam", "geboortedatum",
      "straat", "huisnummer", "postcode", "woonplaats", "gemeenteVanInschrijving", "geheimhouding");

  private static final Set<String> ADDRESS_FIELDS = Set.of("straat", "huisnummer", "postcode", "woonplaats");

  private final Map<String, Person> persons;

  /** Reads and checks every person of the resource. */
  public EmbeddedPersonRegistry(Resource resource) {
    this.persons = load(resource);
    LOG.info("Ingebouwd personenregister: {} fictieve personen uit {}", persons.size(), resource.getDescription());
  }

  @Override
  public Optional<Person> find(String bsn, String woongemeente, Bevraging bevraging) {
    if (!Bsn.isValid(bsn)) {
      throw new IllegalArgumentException("Geen geldig BSN: een BSN bestaat uit negen cijfers en voldoet aan de elfproef.");
    }
    return Optional.ofNullable(persons.get(bsn));
  }

  /** Every person of the registry, in the order of the file. */
  public List<Person> all() {
    return List.copyOf(persons.values());
  }

  static Map<String, Person> load(Resource resource) {
    String where = resource.getDescription();
    if (!resource.exists()) {
      throw new IllegalStateException("Ingebouwd personenregister: " + where + " bestaat niet (werkpad.brp.embedded-resource)");
    }
    Node root;
    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(20);
      // The file is the operator's own configuration, not input from outside: a generated registry of
      // a hundred thousand persons (the benchmark's) is some 20 MB, over SnakeYAML's default of 3 MB.
      options.setCodePointLimit(256 * 1024 * 1024);
      root = new Yaml(options).compose(reader);
    } catch (MarkedYAMLException e) {
      // The exception's own text quotes the offending line, which may hold a BSN: report only its place.
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new IllegalStateException("Ingebouwd personenregister: " + where + " is geen geldige YAML"
          + (mark == null ? "" : " op regel " + (mark.getLine() + 1) + ", kolom " + (mark.getColumn() + 1))
          + ": " + e.getProblem());
    } catch (YAMLException | IOException e) {
      throw new IllegalStateException("Ingebouwd personenregister: kan " + where + " niet lezen: "
          + e.getClass().getSimpleName(), e);
    }
    if (!(root instanceof MappingNode top) || !(value(top, "personen") instanceof SequenceNode entries)) {
      throw new IllegalStateException("Ingebouwd personenregister: " + where
          + " moet een lijst onder de sleutel 'personen' bevatten (zie src/main/resources/embedded/personen.yml)");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Integer> lineOfBsn = new HashMap<>();
    int number = 0;
    for (Node entry : entries.getValue()) {
      number++;
      int line = line(entry);
      String at = "persoon " + number + " (regel " + line + ")";
      List<String> own = new ArrayList<>();
      Person person = person(entry, own);
      own.forEach(problem -> problems.add(at + ": " + problem));
      if (person != null && own.isEmpty()) {
        Integer first = lineOfBsn.putIfAbsent(person.bsn(), line);
        if (first != null) {
          problems.add(at + ": hetzelfde bsn als de persoon op regel " + first);
        } else {
          persons.put(person.bsn(), person);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Ingebouwd personenregister: " + where + " bevat " + problems.size()
          + (problems.size() == 1 ? " fout" : " fouten") + ":\n  " + String.join("\n  ", problems));
    }
    return Collections.unmodifiableMap(persons);
  }

  /** The person an entry describes, or null with the reasons added to problems. */
  private static Person person(Node entry, List<String> problems) {
    if (!(entry instanceof MappingNode mapping)) {
      problems.add("geen persoon: verwacht velden als 'bsn: ...' onder '- '");
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
      if (key == null || !FIELDS.contains(key)) {
        problems.add("onbekend veld '" + redacted(key) + "' (regel " + line(tuple.getKeyNode()) + "); bekende velden: "
            + String.join(", ", FIELDS));
        continue;
      }
      if (fields.containsKey(key)) {
        problems.add("veld '" + key + "' staat er twee keer");
        continue;
      }
      if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
        problems.add("veld '" + key + "' moet een enkele waarde zijn");
        continue;
      }
      fields.put(key, text(scalar));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    String bsn = fields.get("bsn");
    if (bsn == null) {
      problems.add("bsn ontbreekt");
    } else if (!Bsn.isValid(bsn)) {
      problems.add("bsn is ongeldig: negen cijfers die voldoen aan de elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 deelbaar door 11)");
    }
    if (fields.get("geslachtsnaam") == null) {
      problems.add("geslachtsnaam ontbreekt");
    }
    String gemeente = fields.get("gemeenteVanInschrijving");
    if (gemeente == null || !gemeente.matches("\\d{4}")) {
      problems.add("gemeenteVanInschrijving moet een CBS-gemeentecode van vier cijfers zijn, bijvoorbeeld \"0513\" voor Gouda");
    }
    LocalDate geboortedatum = null;
    if (fields.get("geboortedatum") != null) {
      try {
        geboortedatum = LocalDate.parse(fields.get("geboortedatum"));
      } catch (DateTimeParseException e) {
        problems.add("geboortedatum moet een datum zijn als 1990-03-15 (laat het veld weg als de datum onbekend is)");
      }
    }
    boolean geheimhouding = false;
    String secret = fields.get("geheimhouding");
    if (secret != null) {
      if (!secret.equalsIgnoreCase("true") && !secret.equalsIgnoreCase("false")) {
        problems.add("geheimhouding moet true of false zijn");
      }
      geheimhouding = secret.equalsIgnoreCase("true");
    }
    Person.Adres adres = adres(fields, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Person(bsn, fields.get("voornamen"), fields.get("voorvoegsel"), fields.get("geslachtsnaam"),
        geboortedatum, adres, gemeente, geheimhouding);
  }

  private static Person.Adres adres(Map<String, String> fields, List<String> problems) {
    Map<String, String> given = ADDRESS_FIELDS.stream().filter(f -> fields.get(f) != null)
        .collect(Collectors.toMap(Function.identity(), fields::get));
    if (given.isEmpty()) {
      return null;
    }
    for (String required : List.of("straat", "huisnummer", "woonplaats")) {
      if (!given.containsKey(required)) {
        problems.add("adres onvolledig: " + required + " ontbreekt (laat straat, huisnummer, postcode en woonplaats "
            + "alle vier weg voor een persoon zonder adres)");
      }
    }
    String huisnummer = given.get("huisnummer");
    if (huisnummer != null && !huisnummer.matches("[1-9][0-9]{0,4}[A-Za-z]?(-[A-Za-z0-9 ]{1,4})?")) {
      problems.add("huisnummer moet geschreven zijn als 12, 12a, 7-2 of 12a-bis");
    }
    String postcode = given.get("postcode");
    if (postcode != null && !Adressen.isPostcode(postcode)) {
      problems.add("postcode moet geschreven zijn als 2801 JG");
    }
    return new Person.Adres(given.get("straat"), huisnummer, Adressen.postcode(postcode), given.get("woonplaats"));
  }

  /** A scalar as text; null when empty, or a plain ~ or null. Nothing else is interpreted by YAML. */
  private static String text(ScalarNode scalar) {
    String value = scalar.getValue() == null ? "" : scalar.getValue().trim();
    boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
    if (value.isEmpty() || plain && (value.equals("~") || value.toLowerCase(Locale.ROOT).equals("null"))) {
      return null;
    }
    return value;
  }

  private static Node value(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()))
        .map(NodeTuple::getValueNode)
        .findFirst()
        .orElse(null);
  }

  /** A BSN-like number in a message becomes asterisks. */
  private static String redacted(String text) {
    return text == null ? null : text.replaceAll("\\d{9}", "*********");
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }
}

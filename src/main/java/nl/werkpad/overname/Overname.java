package nl.werkpad.overname;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.modellen.ModelVersies;
import nl.werkpad.overname.OvernameRegel.Soort;
import nl.werkpad.region.Regions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Takes over an existing caseload from a CSV file: Wsw employees and clients already in a trajectory,
 * each starting a journey at the stage they are in, for their municipality and uitvoerder, without the
 * intake's steps. A person who already has a journey is skipped, so running the same file again makes
 * nothing twice; a line that does not hold is reported with its number and reason and the other lines go
 * on. The lines are taken over in parallel, each in a transaction of its own; progress can be followed
 * while it runs. Only an administrator may send a file (checked once, by the API); its lines then run as
 * the application itself, without a check per line against the authorizations of thousands of tasks.
 *
 * <p>The progress lives in this node's memory, not in the database: with several nodes on one database
 * only the node that received the file knows it (another answers 404), and a take-over stops where it
 * was when its node stops. What it created stays; sending the whole file again, to any node, creates
 * the rest, as persons with a journey are skipped (docs/overname.md).
 */
@Component("overnameVerwerking")
public class Overname {

  private static final Logger LOG = LoggerFactory.getLogger(Overname.class);
  private static final int VOORTGANG_ELKE = 1000;
  /** The message that starts a journey taken over in a trajectory (bpmn/ClientJourney.bpmn). */
  static final String KLANTREIS_OVERNAME = "KlantreisOvername";

  private final Regions regions;
  private final JourneyRepository journeys;
  private final RuntimeService runtime;
  private final DecisionService decisions;
  private final Clock clock;
  private final ModelVersies modelVersies;
  private final int threads;
  private final Map<String, OvernameStatus> statussen = new ConcurrentHashMap<>();

  Overname(Regions regions, JourneyRepository journeys, @Lazy RuntimeService runtime, @Lazy DecisionService decisions,
      Clock clock, ModelVersies modelVersies, @Value("${werkpad.overname.threads:4}") int threads) {
    this.regions = regions;
    this.journeys = journeys;
    this.runtime = runtime;
    this.decisions = decisions;
    this.clock = clock;
    this.modelVersies = modelVersies;
    this.threads = threads;
  }

  /** A file that cannot be read as a caseload at all. */
  public static class OngeldigBestand extends RuntimeException {
    OngeldigBestand(String reden) {
      super(reden);
    }
  }

  /**
   * Starts taking over the file's lines and returns at once; {@link #status(String)} follows it.
   *
   * @throws OngeldigBestand when the file has no usable header
   */
  public OvernameStatus start(byte[] csv, String gebruiker) {
    List<Regel> regels = lees(csv);
    OvernameStatus status = new OvernameStatus(UUID.randomUUID().toString(), gebruiker, regels.size(), clock.instant());
    statussen.put(status.getId(), status);
    ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "overname-" + status.getId().substring(0, 8));
      thread.setDaemon(true);
      return thread;
    });
    // ServiceProvider's answer per municipality and route, once per take-over: a file holds few of them.
    Map<String, Optional<Object>> uitvoerders = new ConcurrentHashMap<>();
    // Every line's journey uses the models of the moment the file arrived (and asks for them once).
    String versies = modelVersies.vastleggen();
    for (Regel regel : regels) {
      workers.submit(() -> modelVersies.met(versies, () -> neemOver(regel, status, uitvoerders)));
    }
    workers.shutdown();
    Thread waiter = new Thread(() -> {
      try {
        workers.awaitTermination(1, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      status.klaar(clock.instant());
      LOG.info("Overname {} klaar: {} regels, {} aangemaakt, {} overgeslagen, {} met fouten", status.getId(),
          status.getTotaal(), status.getAangemaakt(), status.getOvergeslagen(), status.getFouten().size());
    }, "overname-klaar-" + status.getId().substring(0, 8));
    waiter.setDaemon(true);
    waiter.start();
    return status;
  }

  public Optional<OvernameStatus> status(String id) {
    return Optional.ofNullable(statussen.get(id));
  }

  /** A record with the line of the file it starts on, as a spreadsheet shows it. */
  private record Regel(int nummer, Map<String, String> kolommen, boolean volledig) {}

  private void neemOver(Regel record, OvernameStatus status, Map<String, Optional<Object>> uitvoerders) {
    int regel = record.nummer();
    try {
      if (!record.volledig()) {
        throw new OvernameRegel.Ongeldig("het aantal kolommen klopt niet met de eerste regel");
      }
      OvernameRegel overname = OvernameRegel.lees(regel, record.kolommen(), regions);
      if (journeys.findByActiveBsn(overname.bsn()).isPresent()) {
        status.overgeslagen();
      } else if (overname.soort() == Soort.WSW) {
        runtime.startProcessInstanceByKey(JourneyVariables.WSW_DIENSTVERBAND, overname.variabelen());
        status.aangemaakt();
      } else {
        inTraject(overname, uitvoerders);
        status.aangemaakt();
      }
    } catch (OvernameRegel.Ongeldig ongeldig) {
      status.fout(regel, ongeldig.getMessage());
    } catch (RuntimeException failure) {
      Throwable cause = failure;
      while (cause.getCause() != null && !(cause instanceof RejectedInputException)) {
        cause = cause.getCause();
      }
      if (cause instanceof RejectedInputException refused) {
        if (refused.reason() == RejectedInputException.Reason.ALREADY_ACTIVE) {
          status.overgeslagen();
        } else {
          status.fout(regel, refused.getMessage());
        }
      } else {
        LOG.warn("Overname {}: regel {} niet overgenomen ({})", status.getId(), regel, failure.getClass().getSimpleName());
        status.fout(regel, "technische fout bij het aanmaken; probeer het bestand later opnieuw (regels die er al zijn, worden overgeslagen)");
      }
    } finally {
      int verwerkt = status.verwerkt();
      if (verwerkt % VOORTGANG_ELKE == 0) {
        LOG.info("Overname {}: {}/{} regels verwerkt", status.getId(), verwerkt, status.getTotaal());
      }
    }
  }

  /**
   * A client already in a trajectory: the journey starts at its own start event in ClientJourney, which
   * opens the zaken and goes on in the trajectory with the instrument of the file.
   */
  private void inTraject(OvernameRegel overname, Map<String, Optional<Object>> uitvoerders) {
    if (!overname.variabelen().containsKey("uitvoeringsorganisatie")) {
      Object route = overname.variabelen().get(JourneyVariables.ROUTE);
      Object uitvoerder = uitvoerders.computeIfAbsent(overname.woongemeente() + "/" + route, key -> Optional.ofNullable(
          decisions.evaluateDecisionTableByKey("ServiceProvider")
              .variables(Map.of("woongemeente", overname.woongemeente(), "dienst", route)).evaluate().getSingleEntry()))
          .orElseThrow(() -> new OvernameRegel.Ongeldig(
              "geen uitvoerder bekend voor deze gemeente en route: vul de kolom 'uitvoerder'"));
      overname.variabelen().putValue("uitvoeringsorganisatie", uitvoerder);
    }
    runtime.createMessageCorrelation(KLANTREIS_OVERNAME).setVariables(overname.variabelen()).correlateStartMessage();
  }

  private static List<Regel> lees(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String header = text.lines().findFirst().orElse("");
    char separator = header.indexOf(';') >= 0 ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
        .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Set<String> kolommen = Set.copyOf(parser.getHeaderNames());
      List<String> onbekend = parser.getHeaderNames().stream().filter(k -> !OvernameRegel.KOLOMMEN.contains(k)).toList();
      if (!onbekend.isEmpty()) {
        throw new OngeldigBestand("Onbekende kolom(men): " + String.join(", ", onbekend) + ". Zie docs/overname.md voor de kolommen.");
      }
      for (String verplicht : List.of("soort", "bsn", "woongemeente")) {
        if (!kolommen.contains(verplicht)) {
          throw new OngeldigBestand("De kolom '" + verplicht + "' ontbreekt in de eerste regel.");
        }
      }
      List<Regel> regels = new ArrayList<>();
      int regel = 1;
      int positie = 0;
      for (CSVRecord record : parser) {
        // The record's position may lie before the empty lines the parser skipped to reach it.
        int begin = (int) record.getCharacterPosition();
        while (begin < text.length() && (text.charAt(begin) == '\n' || text.charAt(begin) == '\r')) {
          begin++;
        }
        for (; positie < begin; positie++) {
          if (text.charAt(positie) == '\n') {
            regel++;
          }
        }
        regels.add(new Regel(regel, new LinkedHashMap<>(record.toMap()), record.isConsistent()));
      }
      return regels;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // The parser names the line and position; a quote that is never closed is the usual cause.
      throw new OngeldigBestand("Het bestand is geen leesbare CSV (kijk of elk aanhalingsteken gesloten is): "
          + e.getMessage());
    }
  }
}

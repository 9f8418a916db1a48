package nl.werkpad.overname;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** How a take-over is going, while it runs and after: what was made, skipped and refused, per line. */
public class OvernameStatus {

  /** A line that was not taken over, and why (in Dutch, without the BSN). */
  public record Fout(int regel, String reden) {}

  private final String id;
  private final String door;
  private final int totaal;
  private final Instant gestart;
  private final AtomicInteger verwerkt = new AtomicInteger();
  private final AtomicInteger aangemaakt = new AtomicInteger();
  private final AtomicInteger overgeslagen = new AtomicInteger();
  private final Queue<Fout> fouten = new ConcurrentLinkedQueue<>();
  private volatile Instant klaar;

  OvernameStatus(String id, String door, int totaal, Instant gestart) {
    this.id = id;
    this.door = door;
    this.totaal = totaal;
    this.gestart = gestart;
  }

  void aangemaakt() {
    aangemaakt.incrementAndGet();
  }

  void overgeslagen() {
    overgeslagen.incrementAndGet();
  }

  void fout(int regel, String reden) {
    fouten.add(new Fout(regel, reden));
  }

  int verwerkt() {
    return verwerkt.incrementAndGet();
  }

  void klaar(Instant at) {
    klaar = at;
  }

  public String getId() {
    return id;
  }

  public String getDoor() {
    return door;
  }

  public int getTotaal() {
    return totaal;
  }

  public int getVerwerkt() {
    return verwerkt.get();
  }

  public int getAangemaakt() {
    return aangemaakt.get();
  }

  public int getOvergeslagen() {
    return overgeslagen.get();
  }

  public List<Fout> getFouten() {
    return fouten.stream().sorted(java.util.Comparator.comparingInt(Fout::regel)).toList();
  }

  public Instant getGestart() {
    return gestart;
  }

  public Instant getKlaar() {
    return klaar;
  }

  public boolean isBezig() {
    return klaar == null;
  }
}

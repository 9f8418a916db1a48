package nl.werkpad.logboek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the processing log's hash chain: the last record sealed into it, and where it begins
 * (the hash before its first record, after records past their term were removed). One row, locked by
 * whoever seals, so that every node and thread adds to the one chain in turn.
 */
@Entity
@Table(name = "wp_verwerking_keten")
class KetenKop {

  static final int ID = 1;

  @Id
  private Integer id;

  @Column(name = "laatste_volgnummer", nullable = false)
  private long laatsteVolgnummer;

  @Column(name = "laatste_hash", nullable = false, length = 64)
  private String laatsteHash;

  @Column(name = "begin_volgnummer", nullable = false)
  private long beginVolgnummer;

  @Column(name = "begin_hash", nullable = false, length = 64)
  private String beginHash;

  protected KetenKop() {}

  long laatsteVolgnummer() {
    return laatsteVolgnummer;
  }

  String laatsteHash() {
    return laatsteHash;
  }

  long beginVolgnummer() {
    return beginVolgnummer;
  }

  String beginHash() {
    return beginHash;
  }

  void verlengd(long volgnummer, String hash) {
    this.laatsteVolgnummer = volgnummer;
    this.laatsteHash = hash;
  }

  /** Records up to {@code volgnummer} are gone; the chain now begins after it. */
  void begintNa(long volgnummer, String hash) {
    this.beginVolgnummer = volgnummer + 1;
    this.beginHash = hash;
  }
}

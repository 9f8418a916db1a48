package nl.werkpad.logboek;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The processing log: records are added, read and sealed; removed only past the log's own term. */
interface VerwerkingRepository extends Repository<Verwerking, Long> {

  Verwerking save(Verwerking verwerking);

  @Query("select v from Verwerking v where v.bsn = :bsn and v.organisatie in :organisaties order by v.tijdstip, v.id")
  List<Verwerking> vanPersoon(@Param("bsn") String bsn, @Param("organisaties") List<String> organisaties);

  @Query("select v from Verwerking v where v.volgnummer is null order by v.id")
  List<Verwerking> teVerzegelen(Pageable page);

  @Query("select v from Verwerking v where v.volgnummer > :na order by v.volgnummer")
  List<Verwerking> verzegeldNa(@Param("na") long na, Pageable page);

  @Query("select count(v) from Verwerking v where v.volgnummer is null and v.tijdstip < :voor")
  long nietVerzegeldVoor(@Param("voor") Instant voor);

  @Query("select v from Verwerking v where v.volgnummer is not null and v.tijdstip < :voor order by v.volgnummer")
  List<Verwerking> verlopen(@Param("voor") Instant voor, Pageable page);

  @Modifying
  @Query("delete from Verwerking v where v.volgnummer <= :totEnMet")
  int verwijderTotEnMet(@Param("totEnMet") long totEnMet);
}

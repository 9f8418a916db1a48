package nl.werkpad.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AOW age (Algemene Ouderdomswet art. 7a): the age depends on the calendar year in which it is
 * reached, and is set by law five years ahead. Years after the last one in the table keep its age; add
 * each newly announced year here.
 */
public final class AowLeeftijd {

  private static final TreeMap<Integer, Period> BY_YEAR = new TreeMap<>(Map.ofEntries(
      Map.entry(2012, Period.ofYears(65)),
      Map.entry(2013, Period.of(65, 1, 0)),
      Map.entry(2014, Period.of(65, 2, 0)),
      Map.entry(2015, Period.of(65, 3, 0)),
      Map.entry(2016, Period.of(65, 6, 0)),
      Map.entry(2017, Period.of(65, 9, 0)),
      Map.entry(2018, Period.ofYears(66)),
      Map.entry(2019, Period.of(66, 4, 0)),
      Map.entry(2022, Period.of(66, 7, 0)),
      Map.entry(2023, Period.of(66, 10, 0)),
      Map.entry(2024, Period.ofYears(67)),
      Map.entry(2028, Period.of(67, 3, 0))));

  private AowLeeftijd() {}

  /** The day the person reaches the AOW age. */
  public static LocalDate reachedOn(LocalDate geboortedatum) {
    for (int year = geboortedatum.getYear() + 60; ; year++) {
      LocalDate candidate = geboortedatum.plus(BY_YEAR.floorEntry(Math.max(year, BY_YEAR.firstKey())).getValue());
      if (candidate.getYear() <= year) {
        return candidate;
      }
    }
  }

  public static boolean reached(LocalDate geboortedatum, LocalDate today) {
    return !reachedOn(geboortedatum).isAfter(today);
  }
}

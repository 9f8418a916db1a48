package nl.werkpad.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile (nearest rank) of durations in milliseconds. */
record Timings(int count, double median, double p95, double max) {

  static Timings of(double[] millis) {
    if (millis.length == 0) {
      return new Timings(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Timings(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1]);
  }

  private static double rank(double[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** "12.3 / 45.6" (median / p95, in milliseconds). */
  String medianAndP95() {
    return count == 0 ? "-" : ms(median) + " / " + ms(p95);
  }

  static String ms(double millis) {
    return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
  }
}

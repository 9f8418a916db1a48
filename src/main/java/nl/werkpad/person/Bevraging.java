package nl.werkpad.person;

/**
 * What the BRP is told of one consultation (protocollering): who asks, for which purpose and
 * processing, why, and in which trace. A value left null is taken from the configuration
 * ({@code werkpad.brp.protocollering}).
 *
 * @param gebruiker the acting user, or Werkpad on behalf of one (X-GEBRUIKER)
 * @param doelbinding the purpose of the processing activity (X-DOELBINDING)
 * @param verwerking the processing activity (X-VERWERKING)
 * @param toelichting a reason the user gave (X-Audit-Toelichting); null when none
 * @param traceparent W3C Trace Context of the request that led to it
 */
public record Bevraging(String gebruiker, String doelbinding, String verwerking, String toelichting, String traceparent) {

  /** A consultation of which nothing is known: the configured values only. */
  public static final Bevraging GEEN = new Bevraging(null, null, null, null, null);
}

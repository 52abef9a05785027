// No imports: the benchmark (bench/side-by-side/p8-feature-requests.mjs) loads this file as built.

/**
 * FR2: a card's tally from its asks, in SQL, as the shared `featureTally` counts it: tickets once,
 * customers once (their revenue once), companies, high-value customers, blockers, the newest ask and
 * the 30-day trend, all as of `$2` (now; the demo seed counts as of a report's date). `$1`: the cards.
 */
export const REFRESH_TALLY = `
  WITH asks AS (
    SELECT a.feature_request_id AS card, a.ticket_id, a.customer_id, a.importance, a.linked_at,
           CASE WHEN nullif(regexp_replace(c.company, '^[[:space:]\u00a0\ufeff]+|[[:space:]\u00a0\ufeff]+$', '', 'g'), '') IS NULL THEN 'customer:' || c.id
                ELSE 'company:' || lower(regexp_replace(c.company, '^[[:space:]\u00a0\ufeff]+|[[:space:]\u00a0\ufeff]+$', '', 'g')) END AS company,
           c.monthly_revenue_cents AS revenue,
           (c.plan = 'PREMIUM' OR c.monthly_revenue_cents >= (SELECT high_value_revenue_cents FROM team_settings)) AS high_value
      FROM feature_ask a JOIN customer c ON c.id = a.customer_id
     WHERE a.feature_request_id = ANY($1::uuid[]) AND a.linked_at <= $2::timestamptz),
  per_ticket AS (SELECT card, ticket_id, max(linked_at) AS linked_at FROM asks GROUP BY card, ticket_id),
  per_customer AS (
    SELECT card, customer_id, max(revenue) AS revenue, bool_or(high_value) AS high_value, bool_or(importance = 'BLOCKER') AS blocker
      FROM asks GROUP BY card, customer_id),
  by_ticket AS (
    SELECT card, count(*) AS asks, max(linked_at) AS last_asked_at,
           count(*) FILTER (WHERE linked_at > $2::timestamptz - interval '720 hours' AND linked_at <= $2::timestamptz) AS recent,
           count(*) FILTER (WHERE linked_at > $2::timestamptz - interval '1440 hours' AND linked_at <= $2::timestamptz - interval '720 hours') AS previous
      FROM per_ticket GROUP BY card),
  by_customer AS (
    SELECT card, count(*) AS customers, sum(revenue) AS revenue, count(*) FILTER (WHERE high_value) AS high_value,
           count(*) FILTER (WHERE blocker) AS blockers
      FROM per_customer GROUP BY card),
  by_company AS (SELECT card, count(DISTINCT company) AS companies FROM asks GROUP BY card)
  UPDATE feature_request f
     SET ask_count = coalesce(t.asks, 0), customer_count = coalesce(c.customers, 0), company_count = coalesce(co.companies, 0),
         revenue_cents = coalesce(c.revenue, 0), high_value_count = coalesce(c.high_value, 0), blocker_count = coalesce(c.blockers, 0),
         last_asked_at = t.last_asked_at, recent_asks = coalesce(t.recent, 0), previous_asks = coalesce(t.previous, 0),
         trend = coalesce(t.recent, 0) - coalesce(t.previous, 0), tally_at = $2::timestamptz
    FROM unnest($1::uuid[]) AS ids(id)
    LEFT JOIN by_ticket t ON t.card = ids.id
    LEFT JOIN by_customer c ON c.card = ids.id
    LEFT JOIN by_company co ON co.card = ids.id
   WHERE f.id = ids.id`;

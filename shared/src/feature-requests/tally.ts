import type { AskImportance } from './enums.js';

/** One ask as the tally counts it: the ticket, its customer and what the customer pays. */
export interface TallyAsk {
  ticketId: string;
  customerId: string;
  company: string | null;
  monthlyRevenueCents: number;
  isHighValue: boolean;
  importance: AskImportance;
  askedAt: Date;
}

/** FR2: what is behind a card. */
export interface FeatureTally {
  /** Tickets that asked (a ticket counts once, even when two merged cards both had it). */
  asks: number;
  customers: number;
  /** Companies named by the customers; a customer without one counts as their own. */
  companies: number;
  /** Monthly revenue of the customers who asked, each customer once (never per ticket). */
  revenueCents: number;
  highValueCustomers: number;
  /** Customers for whom it is a blocker. */
  blockers: number;
  lastAskedAt: Date | null;
  /** Tickets that asked in the last 30 days, and in the 30 before. */
  recentAsks: number;
  previousAsks: number;
  /** recentAsks - previousAsks. */
  trend: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The trend's window: the last 30 days against the 30 before. */
export const TREND_WINDOW_DAYS = 30;

/** The company a customer counts under. */
export function companyKey(customerId: string, company: string | null): string {
  const name = company?.trim().toLowerCase();
  return name ? `company:${name}` : `customer:${customerId}`;
}

/** FR2: the tally of a card's asks at `now` (the server keeps the same numbers on the card, by SQL). */
export function featureTally(asks: readonly TallyAsk[], now: Date): FeatureTally {
  const tickets = new Set<string>();
  const customers = new Map<string, TallyAsk>();
  const companies = new Set<string>();
  const blockers = new Set<string>();
  const recent = new Set<string>();
  const previous = new Set<string>();
  let lastAskedAt: Date | null = null;
  const recentFrom = now.getTime() - TREND_WINDOW_DAYS * DAY_MS;
  const previousFrom = recentFrom - TREND_WINDOW_DAYS * DAY_MS;
  for (const ask of asks) {
    tickets.add(ask.ticketId);
    customers.set(ask.customerId, ask);
    companies.add(companyKey(ask.customerId, ask.company));
    if (ask.importance === 'BLOCKER') blockers.add(ask.customerId);
    const at = ask.askedAt.getTime();
    if (!lastAskedAt || at > lastAskedAt.getTime()) lastAskedAt = ask.askedAt;
    if (at > recentFrom && at <= now.getTime()) recent.add(ask.ticketId);
    else if (at > previousFrom && at <= recentFrom) previous.add(ask.ticketId);
  }
  for (const id of recent) previous.delete(id);
  const who = [...customers.values()];
  return {
    asks: tickets.size,
    customers: customers.size,
    companies: companies.size,
    revenueCents: who.reduce((sum, c) => sum + c.monthlyRevenueCents, 0),
    highValueCustomers: who.filter((c) => c.isHighValue).length,
    blockers: blockers.size,
    lastAskedAt,
    recentAsks: recent.size,
    previousAsks: previous.size,
    trend: recent.size - previous.size,
  };
}

/** "↑ 12 in 30 days", "↓ 3", "steady". */
export function trendLabel(tally: Pick<FeatureTally, 'trend' | 'recentAsks'>): string {
  if (tally.trend > 0) return `↑ ${tally.trend.toLocaleString('en')} vs the 30 days before`;
  if (tally.trend < 0) return `↓ ${(-tally.trend).toLocaleString('en')} vs the 30 days before`;
  return tally.recentAsks > 0 ? 'Steady' : 'Quiet for 30 days';
}

import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { checkFixMessage } from '../escalations/escalation-rules.js';
import { bugSimilarity } from '../escalations/similarity.js';
import { Role } from '../users/roles.js';
import { hasRole, isOnRota, type Person } from '../users/user-rules.js';
import {
  FEATURE_TAGS,
  featureReference,
  SETTABLE_FEATURE_STATUSES,
  type AskImportance,
  type FeatureReportStatus,
  type FeatureStatus,
  type FeatureTag,
} from './enums.js';

/** The parts of a card the rules look at. */
export interface FeatureFacts {
  number: number;
  status: FeatureStatus;
}

/** Product and support managers shape the cards, merge them, compile and publish reports. */
export function isProduct(person: Pick<Person, 'roles'>): boolean {
  return hasRole(person, Role.PRODUCT, Role.MANAGER);
}

function checkProduct(viewer: Person): RuleResult {
  return isProduct(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only product and support managers change feature requests.');
}

function checkNotMerged(card: FeatureFacts): RuleResult {
  return card.status === 'MERGED'
    ? deny(ErrorCode.FEATURE_REQUEST_MERGED, `${featureReference(card.number)} was merged into another request: work on that one.`)
    : allow;
}

/** FR1: what a new card needs: a title and one of the tags. */
export interface FeatureFields {
  title: string;
  description: string;
  tag: FeatureTag | null;
}

export function checkFeatureFields(fields: Partial<FeatureFields>): RuleResult {
  const title = fields.title?.trim() ?? '';
  if (!title) return deny(ErrorCode.BAD_USER_INPUT, 'Give the request a title that says what the customers want.');
  if (title.length > LIMITS.feature.titleMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the title under ${LIMITS.feature.titleMax} characters.`);
  }
  if ((fields.description?.length ?? 0) > LIMITS.feature.descriptionMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the description under ${LIMITS.feature.descriptionMax.toLocaleString('en')} characters.`);
  }
  if (!fields.tag || !FEATURE_TAGS.includes(fields.tag)) {
    return deny(ErrorCode.BAD_USER_INPUT, 'Tag the request UI, UX or Technical (FR1).');
  }
  return allow;
}

/** What one ticket's ask carries: the customer's own words and how much they need it. */
export function checkAsk(ask: { quote: string; importance: AskImportance | null }): RuleResult {
  const quote = ask.quote.trim();
  if (!quote) return deny(ErrorCode.BAD_USER_INPUT, 'Quote what the customer asked for, in their own words.');
  if (quote.length > LIMITS.feature.quoteMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the quote under ${LIMITS.feature.quoteMax.toLocaleString('en')} characters.`);
  }
  if (!ask.importance) return deny(ErrorCode.BAD_USER_INPUT, 'Say how important it is to the customer.');
  return allow;
}

/** FR1/C4: anyone on the support rota links a ticket's ask (trainees too: nothing reaches the customer). */
export function checkLinkAsk(viewer: Person, card: FeatureFacts | null): RuleResult {
  return firstDenial(
    isOnRota(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only people on the support rota link tickets to feature requests.'),
    card ? checkNotMerged(card) : allow,
  );
}

/** FR1: people on the rota create a card when no existing one fits; product shapes it later. */
export function checkCreateFeatureRequest(viewer: Person, fields: Partial<FeatureFields>): RuleResult {
  return firstDenial(
    isOnRota(viewer) || isProduct(viewer)
      ? allow
      : deny(ErrorCode.FORBIDDEN, 'Only people on the support rota and product create feature requests.'),
    checkFeatureFields(fields),
  );
}

/** Title, description, tag, owner, status. */
export function checkEditFeatureRequest(viewer: Person, card: FeatureFacts): RuleResult {
  return firstDenial(checkProduct(viewer), checkNotMerged(card));
}

export function checkFeatureStatusChange(viewer: Person, card: FeatureFacts, to: FeatureStatus): RuleResult {
  return firstDenial(
    checkEditFeatureRequest(viewer, card),
    to === 'SHIPPED'
      ? deny(ErrorCode.BAD_USER_INPUT, 'Mark it shipped with "Mark shipped": it tells every customer who asked (FR4).')
      : to === 'MERGED'
        ? deny(ErrorCode.BAD_USER_INPUT, 'Merge the request into the one it duplicates instead.')
        : SETTABLE_FEATURE_STATUSES.includes(to)
          ? allow
          : deny(ErrorCode.BAD_USER_INPUT, 'There is no such status.'),
  );
}

/** A card's owner: an active product person or manager. */
export function checkFeatureOwner(owner: Person | null): RuleResult {
  return !owner || (owner.isActive && isProduct(owner))
    ? allow
    : deny(ErrorCode.BAD_USER_INPUT, 'Requests are owned by active product people or support managers.');
}

/** Merging `duplicate` into `survivor`: every ask moves, each customer counts once; the duplicate points to the survivor. */
export function checkMergeFeatureRequests(
  viewer: Person,
  duplicate: FeatureFacts & { id: string },
  survivor: FeatureFacts & { id: string },
): RuleResult {
  return firstDenial(
    checkProduct(viewer),
    duplicate.id === survivor.id ? deny(ErrorCode.BAD_USER_INPUT, 'A request cannot be merged into itself.') : allow,
    checkNotMerged(duplicate),
    checkNotMerged(survivor),
    duplicate.status === 'SHIPPED'
      ? deny(ErrorCode.BAD_USER_INPUT, `${featureReference(duplicate.number)} has shipped and its customers were told: keep it as it is.`)
      : allow,
  );
}

/** A merged card comes back out with the asks it brought. */
export function checkSplitFeatureRequest(viewer: Person, card: FeatureFacts): RuleResult {
  return firstDenial(
    checkProduct(viewer),
    card.status === 'MERGED'
      ? allow
      : deny(ErrorCode.BAD_USER_INPUT, `${featureReference(card.number)} is not merged into another request.`),
  );
}

/** FR4: shipped once; a request shipped, reopened and shipped again tells only the customers not told yet. */
export function checkMarkShipped(viewer: Person, card: FeatureFacts): RuleResult {
  return firstDenial(
    checkEditFeatureRequest(viewer, card),
    card.status === 'SHIPPED' ? deny(ErrorCode.BAD_USER_INPUT, `${featureReference(card.number)} has shipped already.`) : allow,
  );
}

/** FR4: the message for the customers who asked: a reply (W7), placeholders filled per customer. */
export function checkShipMessage(body: string, unknownPlaceholders: readonly string[]): RuleResult {
  return checkFixMessage(body, unknownPlaceholders);
}

/** Declining may tell the customers why (optional); a message given is a reply like any other (W7). */
export function checkDecline(
  viewer: Person,
  card: FeatureFacts,
  message: string | null,
  unknownPlaceholders: readonly string[],
): RuleResult {
  return firstDenial(
    checkFeatureStatusChange(viewer, card, 'DECLINED'),
    message?.trim() ? checkShipMessage(message, unknownPlaceholders) : allow,
  );
}

export type FeatureAction = 'edit' | 'merge' | 'markShipped' | 'link';

/** What the viewer may do to a card, with the reason where not; sent with each card. */
export function featurePermissions(viewer: Person, card: FeatureFacts): Record<FeatureAction, RuleResult> {
  const edit = checkEditFeatureRequest(viewer, card);
  return {
    edit,
    merge: card.status === 'MERGED' ? checkSplitFeatureRequest(viewer, card) : edit,
    markShipped: checkMarkShipped(viewer, card),
    link: checkLinkAsk(viewer, card),
  };
}

/** Who reads the reports for engineering (FR3): product, support managers and engineers. */
export const FEATURE_REPORT_READERS: readonly Role[] = [Role.PRODUCT, Role.MANAGER, Role.ENGINEER];

export function canReadFeatureReports(person: Pick<Person, 'roles'>): boolean {
  return hasRole(person, ...FEATURE_REPORT_READERS);
}

/** FR3: compiling, annotating and publishing a report; a published report is frozen. */
export function checkChangeFeatureReport(viewer: Person, report: { status: FeatureReportStatus } | null): RuleResult {
  return firstDenial(
    isProduct(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only product and support managers compile and publish reports.'),
    report?.status === 'PUBLISHED'
      ? deny(ErrorCode.FEATURE_REPORT_PUBLISHED, 'This report is published: it stays as it was sent. Compile a new one instead.')
      : allow,
  );
}

export function checkReportNote(note: string): RuleResult {
  return note.length > LIMITS.feature.noteMax
    ? deny(ErrorCode.BAD_USER_INPUT, `Keep the note under ${LIMITS.feature.noteMax} characters.`)
    : allow;
}

/** From this similarity on, a card is offered as "asks for the same thing" before a new one is created. */
export const SIMILAR_FEATURE_THRESHOLD = 0.2;

/**
 * FR1: how alike an ask reads to a card, from 0 to 1: the better of the ask against the card's title
 * and description, and against each earlier ask's quote (customers say "dark theme" where the card
 * says "dark mode"; an earlier customer may have said it the same way).
 */
export function featureSimilarity(
  ask: { title: string; quote: string },
  card: { title: string; description: string; quotes: readonly string[] },
): number {
  const text = { title: ask.title, steps: ask.quote };
  const byCard = bugSimilarity(text, { title: card.title, steps: card.description });
  return Math.max(byCard, ...card.quotes.map((quote) => bugSimilarity(text, { title: '', steps: quote })));
}

// Lines that greet or sign off, not ask.
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^\n]{0,40}$/i;
const SIGN_OFF = /^(thanks|thank you|cheers|best|regards|kind regards|best regards|many thanks)\b/i;
const ASKING = /\b(would|could|wish|please|add|support|feature|allow|option|able to|want|need|love|missing|request|possible)\b/i;

/**
 * The quote an ask starts from: the sentences of the customer's message that ask for something
 * (greetings, sign-offs and quoted mail left out), or its first sentences; the agent edits it.
 */
export function askQuoteFrom(message: string): string {
  const lines: string[] = [];
  for (const raw of message.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^On .+wrote:$/.test(line) || line.startsWith('>') || line === '--') break;
    if (SIGN_OFF.test(line)) break;
    if (line && !GREETING.test(line)) lines.push(line);
  }
  const sentences = (lines.join(' ').match(/[^.!?]+[.!?]*/g) ?? []).map((s) => s.trim()).filter(Boolean);
  const first = sentences.findIndex((s) => ASKING.test(s));
  const picked = first >= 0 ? sentences.slice(first, first + 2) : sentences.slice(0, 2);
  const quote = picked.join(' ');
  if (quote.length <= LIMITS.feature.quoteMax) return quote;
  // Cut by characters, not UTF-16 units: an emoji cut in half could not be stored.
  let cut = '';
  for (const character of quote) {
    if (cut.length + character.length > LIMITS.feature.quoteMax - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}

/** One ticket that asked, as FR4 counts who to tell. */
export interface ShipAudienceAsk {
  customerId: string;
  ticketId: string;
  ticketNumber: number;
  ticketCreatedAt: Date;
  ticketStatus: string;
  /** This customer was told already (a retry, or shipped before). */
  isTold: boolean;
}

/** FR4: each customer who asked, once, on their most recent ticket that asked (newest created, then highest number). */
export function shipAudience(asks: readonly ShipAudienceAsk[]): ShipAudienceAsk[] {
  const latest = new Map<string, ShipAudienceAsk>();
  for (const ask of asks) {
    const current = latest.get(ask.customerId);
    const newer =
      !current ||
      ask.ticketCreatedAt.getTime() > current.ticketCreatedAt.getTime() ||
      (ask.ticketCreatedAt.getTime() === current.ticketCreatedAt.getTime() && ask.ticketNumber > current.ticketNumber);
    if (newer) latest.set(ask.customerId, { ...ask, isTold: ask.isTold || (current?.isTold ?? false) });
    else if (ask.isTold) latest.set(ask.customerId, { ...current, isTold: true });
  }
  return [...latest.values()];
}

export interface ShipPreview {
  /** Customers told: one reply each. */
  customers: number;
  /** Tickets that asked. */
  tickets: number;
  closedTickets: number;
  sentence: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** FR4: who "Mark shipped" tells, before the click: one reply per customer not told yet. */
export function shipPreview(asks: readonly ShipAudienceAsk[]): ShipPreview {
  const toTell = shipAudience(asks).filter((a) => !a.isTold);
  const closed = toTell.filter((a) => a.ticketStatus === 'CLOSED').length;
  const asked = new Set(asks.map((a) => a.ticketId)).size;
  const sentence =
    asks.length === 0
      ? 'Nobody has asked for it yet: nobody is told.'
      : toTell.length === 0
        ? 'Every customer who asked was told already: nobody is told again.'
        : `This tells ${plural(toTell.length, 'customer')}, once each, on their most recent of ${plural(asked, 'ticket')} that asked` +
          (closed > 0 ? `; ${plural(closed, 'closed ticket')} will be reopened as waiting on the customer.` : '.');
  return { customers: toTell.length, tickets: asked, closedTickets: closed, sentence };
}

/** FR4: how far telling the customers has come: "Told 120 of 300 customers…". */
export function shipProgressSentence(progress: { sent: number; total: number }): string {
  if (progress.total === 0) return 'No customer was waiting to hear of it.';
  return progress.sent >= progress.total
    ? `Told all ${plural(progress.total, 'customer')} who asked.`
    : `Told ${progress.sent.toLocaleString('en')} of ${plural(progress.total, 'customer')}…`;
}

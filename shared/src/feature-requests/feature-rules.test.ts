import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../common/rule.js';
import type { Person } from '../users/user-rules.js';
import type { FeatureStatus } from './enums.js';
import {
  askQuoteFrom,
  checkAsk,
  checkChangeFeatureReport,
  checkCreateFeatureRequest,
  checkDecline,
  checkFeatureFields,
  checkFeatureOwner,
  checkFeatureStatusChange,
  checkLinkAsk,
  checkMarkShipped,
  checkMergeFeatureRequests,
  checkShipMessage,
  checkSplitFeatureRequest,
  featurePermissions,
  featureSimilarity,
  shipAudience,
  shipPreview,
  shipProgressSentence,
  SIMILAR_FEATURE_THRESHOLD,
  type ShipAudienceAsk,
} from './feature-rules.js';
import { checkFeatureRequestLinked } from './linked-rule.js';
import { featureTally, trendLabel, type TallyAsk } from './tally.js';

const person = (id: string, roles: Person['roles'], extra: Partial<Person> = {}): Person => ({
  id,
  roles,
  isActive: true,
  trainerId: null,
  canTrain: false,
  ...extra,
});
const agent = person('agent', ['AGENT']);
const trainee = person('trainee', ['AGENT'], { trainerId: 'agent' });
const manager = person('manager', ['MANAGER']);
const engineer = person('engineer', ['ENGINEER']);
const product = person('product', ['PRODUCT']);
const code = (result: RuleResult) => (result.ok ? null : result.code);
const card = (status: FeatureStatus = 'OPEN', id = 'fr-1', number = 1) => ({ id, number, status });

describe('C4/FR1 checkFeatureRequestLinked', () => {
  it.each([
    ['a feature request without an ask', 'FEATURE_REQUEST', 0, 'FEATURE_REQUEST_NOT_LINKED'],
    ['a feature request with one ask', 'FEATURE_REQUEST', 1, null],
    ['a question needs no card', 'QUESTION', 0, null],
    ['no type yet', null, 0, null],
  ])('%s', (_, type, askCount, expected) => {
    expect(code(checkFeatureRequestLinked({ type, askCount }))).toBe(expected);
  });
});

describe('FR1 cards and asks', () => {
  it.each([
    ['a titled, tagged card', { title: 'Dark mode', description: '', tag: 'UI' as const }, null],
    ['no tag (FR1)', { title: 'Dark mode', description: '', tag: null }, 'BAD_USER_INPUT'],
    ['no title', { title: '  ', description: '', tag: 'UX' as const }, 'BAD_USER_INPUT'],
    ['a title too long', { title: 'x'.repeat(201), description: '', tag: 'UX' as const }, 'BAD_USER_INPUT'],
    ['a forged tag', { title: 'Dark mode', description: '', tag: 'COLOUR' as never }, 'BAD_USER_INPUT'],
  ])('checkFeatureFields: %s', (_, fields, expected) => {
    expect(code(checkFeatureFields(fields))).toBe(expected);
  });

  it.each([
    ['an agent links', agent, card(), null],
    ['a trainee links (nothing reaches the customer)', trainee, card(), null],
    ['a manager links', manager, card(), null],
    ['an engineer off the rota cannot', engineer, card(), 'FORBIDDEN'],
    ['product alone is not on the rota', product, card(), 'FORBIDDEN'],
    ['a merged card takes no asks', agent, card('MERGED'), 'FEATURE_REQUEST_MERGED'],
    ['a shipped card still counts asks', agent, card('SHIPPED'), null],
  ])('checkLinkAsk: %s', (_, viewer, c, expected) => {
    expect(code(checkLinkAsk(viewer, c))).toBe(expected);
  });

  it.each([
    ['an agent creates a card from a ticket', agent, null],
    ['product creates one', product, null],
    ['an engineer does not', engineer, 'FORBIDDEN'],
  ])('checkCreateFeatureRequest: %s', (_, viewer, expected) => {
    expect(code(checkCreateFeatureRequest(viewer, { title: 'Dark mode', tag: 'UI' }))).toBe(expected);
  });

  it.each([
    ['the customer’s words and importance', { quote: 'Please add dark mode', importance: 'BLOCKER' as const }, null],
    ['no quote', { quote: ' ', importance: 'IMPORTANT' as const }, 'BAD_USER_INPUT'],
    ['a quote too long', { quote: 'x'.repeat(1001), importance: 'IMPORTANT' as const }, 'BAD_USER_INPUT'],
    ['no importance', { quote: 'Dark mode', importance: null }, 'BAD_USER_INPUT'],
  ])('checkAsk: %s', (_, ask, expected) => {
    expect(code(checkAsk(ask))).toBe(expected);
  });

  it('pre-fills the quote with the sentences that ask, without greeting, sign-off or quoted mail', () => {
    const message =
      'Hi team,\n\nWe love Tandem. Could you add a dark mode? Our agents work at night.\n\nThanks,\nLena\n\nOn Mon, Ben wrote:\n> old text';
    expect(askQuoteFrom(message)).toBe('We love Tandem. Could you add a dark mode?');
    expect(askQuoteFrom('Hello!\nThe export is slow.')).toBe('The export is slow.');
    expect(askQuoteFrom(`Please ${'a'.repeat(2000)}`)).toHaveLength(1000);
    // An emoji on the cut stays whole (half of one could not be stored).
    const cut = askQuoteFrom(`Please ${'a'.repeat(990)}😀😀😀`);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/a😀…$/u);
  });
});

describe('FR1 similarity: an existing card first', () => {
  const darkMode = { title: 'Dark mode', description: 'A dark colour scheme for the whole app.', quotes: ['Please give us a dark theme'] };
  it.each([
    ['the same words as the title', { title: 'Dark mode please', quote: '' }, true],
    ['an earlier customer’s words', { title: 'Feature request', quote: 'Is there a dark theme?' }, true],
    ['something else', { title: 'Export to Excel', quote: 'We need xlsx exports' }, false],
  ])('%s', (_, ask, similar) => {
    expect(featureSimilarity(ask, darkMode) >= SIMILAR_FEATURE_THRESHOLD).toBe(similar);
  });
});

describe('product shapes cards', () => {
  it.each([
    ['product edits', product, card(), null],
    ['a manager edits', manager, card(), null],
    ['an agent does not', agent, card(), 'FORBIDDEN'],
    ['a merged card is not edited', product, card('MERGED'), 'FEATURE_REQUEST_MERGED'],
  ])('edit: %s', (_, viewer, c, expected) => {
    expect(code(featurePermissions(viewer, c).edit)).toBe(expected);
  });

  it.each([
    ['planned', 'PLANNED' as const, null],
    ['declined', 'DECLINED' as const, null],
    ['shipped only through Mark shipped (FR4)', 'SHIPPED' as const, 'BAD_USER_INPUT'],
    ['merged only through merge', 'MERGED' as const, 'BAD_USER_INPUT'],
  ])('checkFeatureStatusChange: %s', (_, to, expected) => {
    expect(code(checkFeatureStatusChange(product, card(), to))).toBe(expected);
  });

  it('owners are active product people or managers', () => {
    expect(code(checkFeatureOwner(product))).toBeNull();
    expect(code(checkFeatureOwner(null))).toBeNull();
    expect(code(checkFeatureOwner(agent))).toBe('BAD_USER_INPUT');
    expect(code(checkFeatureOwner({ ...product, isActive: false }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['two open cards', card('OPEN', 'a', 1), card('PLANNED', 'b', 2), null],
    ['into itself', card('OPEN', 'a', 1), card('OPEN', 'a', 1), 'BAD_USER_INPUT'],
    ['a merged card', card('MERGED', 'a', 1), card('OPEN', 'b', 2), 'FEATURE_REQUEST_MERGED'],
    ['into a merged card', card('OPEN', 'a', 1), card('MERGED', 'b', 2), 'FEATURE_REQUEST_MERGED'],
    ['a shipped card keeps its customers', card('SHIPPED', 'a', 1), card('OPEN', 'b', 2), 'BAD_USER_INPUT'],
  ])('checkMergeFeatureRequests: %s', (_, duplicate, survivor, expected) => {
    expect(code(checkMergeFeatureRequests(product, duplicate, survivor))).toBe(expected);
  });

  it('splits only a merged card back out', () => {
    expect(code(checkSplitFeatureRequest(product, card('MERGED')))).toBeNull();
    expect(code(checkSplitFeatureRequest(product, card('OPEN')))).toBe('BAD_USER_INPUT');
    expect(code(checkSplitFeatureRequest(agent, card('MERGED')))).toBe('FORBIDDEN');
  });
});

describe('FR4 shipping', () => {
  it.each([
    ['an open card', card(), null],
    ['shipped already', card('SHIPPED'), 'BAD_USER_INPUT'],
    ['merged', card('MERGED'), 'FEATURE_REQUEST_MERGED'],
  ])('checkMarkShipped: %s', (_, c, expected) => {
    expect(code(checkMarkShipped(product, c))).toBe(expected);
  });

  it('the message is a reply: it ends with a question (W7) and knows its placeholders', () => {
    expect(code(checkShipMessage('Dark mode is live, {{customer.name}}. Does it work for you?', []))).toBeNull();
    expect(code(checkShipMessage('Dark mode is live.', []))).toBe('REPLY_MUST_END_WITH_QUESTION');
    expect(code(checkShipMessage('Hi {{nope}}. Does it work?', ['nope']))).toBe('UNKNOWN_PLACEHOLDER');
    expect(code(checkShipMessage(' ', []))).toBe('BAD_USER_INPUT');
  });

  it('declining may tell the customers, then with a reply that ends with a question', () => {
    expect(code(checkDecline(product, card(), null, []))).toBeNull();
    expect(code(checkDecline(product, card(), 'We will not build it.', []))).toBe('REPLY_MUST_END_WITH_QUESTION');
    expect(code(checkDecline(agent, card(), null, []))).toBe('FORBIDDEN');
  });

  const ask = (customerId: string, ticketNumber: number, day: number, extra: Partial<ShipAudienceAsk> = {}): ShipAudienceAsk => ({
    customerId,
    ticketId: `t${ticketNumber}`,
    ticketNumber,
    ticketCreatedAt: new Date(Date.UTC(2026, 10, day)),
    ticketStatus: 'OPEN',
    isTold: false,
    ...extra,
  });

  it('tells each customer once, on their most recent ticket that asked (across merged cards)', () => {
    const asks = [ask('lena', 1, 1), ask('lena', 7, 9), ask('ben', 3, 2), ask('lena', 5, 5)];
    expect(
      shipAudience(asks)
        .map((a) => `${a.customerId}:${a.ticketNumber}`)
        .sort(),
    ).toEqual(['ben:3', 'lena:7']);
  });

  it('a customer told on any ticket is not told again', () => {
    const asks = [ask('lena', 1, 1, { isTold: true }), ask('lena', 7, 9), ask('ben', 3, 2, { ticketStatus: 'CLOSED' })];
    const preview = shipPreview(asks);
    expect(preview).toMatchObject({ customers: 1, tickets: 3, closedTickets: 1 });
    expect(preview.sentence).toBe(
      'This tells 1 customer, once each, on their most recent of 3 tickets that asked; 1 closed ticket will be reopened as waiting on the customer.',
    );
    expect(shipPreview([ask('lena', 1, 1, { isTold: true })]).sentence).toMatch(/nobody is told again/);
    expect(shipPreview([]).sentence).toBe('Nobody has asked for it yet: nobody is told.');
  });

  it('says how far it has come', () => {
    expect(shipProgressSentence({ sent: 120, total: 300 })).toBe('Told 120 of 300 customers…');
    expect(shipProgressSentence({ sent: 2, total: 2 })).toBe('Told all 2 customers who asked.');
    expect(shipProgressSentence({ sent: 0, total: 0 })).toMatch(/No customer/);
  });
});

describe('FR2 featureTally', () => {
  const NOW = new Date('2026-12-01T12:00:00Z');
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
  const ask = (ticketId: string, customerId: string, extra: Partial<TallyAsk> = {}): TallyAsk => ({
    ticketId,
    customerId,
    company: null,
    monthlyRevenueCents: 10_000,
    isHighValue: false,
    importance: 'NICE_TO_HAVE',
    askedAt: daysAgo(1),
    ...extra,
  });

  it.each([
    ['nothing asked', [], { asks: 0, customers: 0, companies: 0, revenueCents: 0, highValueCustomers: 0, blockers: 0, trend: 0 }],
    [
      'two tickets of one customer: revenue once per customer, never per ticket',
      [ask('t1', 'lena'), ask('t2', 'lena')],
      { asks: 2, customers: 1, companies: 1, revenueCents: 10_000 },
    ],
    [
      'two customers of one company count one company',
      [ask('t1', 'lena', { company: 'Acme' }), ask('t2', 'ben', { company: ' acme ', monthlyRevenueCents: 5_000 })],
      { asks: 2, customers: 2, companies: 1, revenueCents: 15_000 },
    ],
    [
      'one ticket on a card twice (merged cards) counts once',
      [ask('t1', 'lena'), ask('t1', 'lena', { importance: 'BLOCKER' })],
      { asks: 1, customers: 1, blockers: 1 },
    ],
    [
      'high-value customers and blockers are customers',
      [
        ask('t1', 'lena', { isHighValue: true, importance: 'BLOCKER' }),
        ask('t2', 'lena', { isHighValue: true, importance: 'BLOCKER' }),
        ask('t3', 'ben'),
      ],
      { highValueCustomers: 1, blockers: 1 },
    ],
    [
      'the trend: the last 30 days against the 30 before',
      [
        ask('t1', 'a', { askedAt: daysAgo(2) }),
        ask('t2', 'b', { askedAt: daysAgo(29) }),
        ask('t3', 'c', { askedAt: daysAgo(45) }),
        ask('t4', 'd', { askedAt: daysAgo(90) }),
      ],
      { recentAsks: 2, previousAsks: 1, trend: 1 },
    ],
  ])('%s', (_, asks, expected) => {
    expect(featureTally(asks, NOW)).toMatchObject(expected);
  });

  it('knows the newest ask and says the trend in words', () => {
    const tally = featureTally([ask('t1', 'a', { askedAt: daysAgo(40) }), ask('t2', 'b', { askedAt: daysAgo(3) })], NOW);
    expect(tally.lastAskedAt).toEqual(daysAgo(3));
    expect(trendLabel(tally)).toBe('Steady');
    expect(trendLabel({ trend: 3, recentAsks: 3 })).toBe('↑ 3 vs the 30 days before');
    expect(trendLabel({ trend: 0, recentAsks: 0 })).toBe('Quiet for 30 days');
  });
});

describe('reports are product’s', () => {
  it.each([
    ['product compiles', product, null, null],
    ['a manager publishes a draft', manager, { status: 'DRAFT' as const }, null],
    ['a published report is frozen', product, { status: 'PUBLISHED' as const }, 'FEATURE_REPORT_PUBLISHED'],
    ['an engineer reads, does not compile', engineer, null, 'FORBIDDEN'],
  ])('%s', (_, viewer, report, expected) => {
    expect(code(checkChangeFeatureReport(viewer, report))).toBe(expected);
  });
});

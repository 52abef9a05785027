import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../common/rule.js';
import type { Person } from '../users/user-rules.js';
import {
  bugPermissions,
  checkBugAssignee,
  checkBugLink,
  checkBugStatusChange,
  checkEscalate,
  checkEscalationComplete,
  checkFixMessage,
  checkLinkTicket,
  checkMarkFixed,
  checkMergeBugs,
  checkTellFixed,
  escalationDefaults,
  fixPreview,
  fixProgressSentence,
  missingEscalationFields,
  type EscalationFields,
} from './escalation-rules.js';
import { bugSimilarity, bugWords, SIMILAR_BUG_THRESHOLD } from './similarity.js';

const person = (id: string, roles: Person['roles'], extra: Partial<Person> = {}): Person => ({
  id,
  roles,
  isActive: true,
  trainerId: null,
  graduatedAt: new Date('2026-01-01T00:00:00Z'),
  ...extra,
});
const agent = person('agent', ['AGENT']);
const trainee = person('trainee', ['AGENT'], { trainerId: 'agent', graduatedAt: null });
const manager = person('manager', ['MANAGER']);
const engineer = person('engineer', ['ENGINEER']);
const product = person('product', ['PRODUCT']);
const code = (result: RuleResult) => (result.ok ? null : result.code);

const complete: EscalationFields = {
  title: 'Export to CSV fails',
  stepsToReproduce: '1. Open Reports\n2. Click Export',
  expectedResult: 'A CSV file downloads',
  actualResult: 'An error page',
  environment: 'Chrome 131, macOS 15, app 4.2',
  url: null,
  usersAffected: 3,
  severity: 'HIGH',
};

describe('E1: an escalation is complete', () => {
  it.each([
    ['every field', complete, null, []],
    ['no steps', { ...complete, stepsToReproduce: '  ' }, 'ESCALATION_INCOMPLETE', ['stepsToReproduce']],
    [
      'no expected or actual result',
      { ...complete, expectedResult: '', actualResult: '' },
      'ESCALATION_INCOMPLETE',
      ['expectedResult', 'actualResult'],
    ],
    ['no environment', { ...complete, environment: '' }, 'ESCALATION_INCOMPLETE', ['environment']],
    ['no users affected', { ...complete, usersAffected: null }, 'ESCALATION_INCOMPLETE', ['usersAffected']],
    ['zero users affected', { ...complete, usersAffected: 0 }, 'ESCALATION_INCOMPLETE', ['usersAffected']],
    ['no severity', { ...complete, severity: null }, 'ESCALATION_INCOMPLETE', ['severity']],
    ['a URL that is not one', { ...complete, url: 'javascript:alert(1)' }, 'BAD_USER_INPUT', []],
    ['a URL', { ...complete, url: 'https://app.example.com/reports' }, null, []],
  ] as const)('%s', (_, fields, expected, missing) => {
    expect(code(checkEscalationComplete(fields))).toBe(expected);
    expect(missingEscalationFields(fields)).toEqual(missing);
  });

  it.each([
    ['none given', null, null],
    ['an https link', 'https://github.com/acme/app/issues/12', null],
    ['another scheme', 'ftp://tracker.example/12', 'BAD_USER_INPUT'],
    ['no scheme', 'linear.app/acme/issue/ACM-12', 'BAD_USER_INPUT'],
  ])('checkBugLink (the tracker link): %s', (_, url, expected) => {
    expect(code(checkBugLink(url, 'The tracker link'))).toBe(expected);
  });

  it('names the missing fields in the message', () => {
    const result = checkEscalationComplete({ ...complete, stepsToReproduce: '', severity: null });
    expect(result.ok ? '' : result.message).toMatch(/steps to reproduce and severity/);
  });

  it.each([
    ['an agent', agent, null, null],
    ['a trainee (nothing reaches the customer)', trainee, null, null],
    ['a manager', manager, null, null],
    ['an engineer is not on the rota', engineer, null, 'FORBIDDEN'],
    ['a ticket already linked', agent, 'bug-1', 'BAD_USER_INPUT'],
  ] as const)('W5 checkEscalate: %s', (_, viewer, bugId, expected) => {
    expect(code(checkEscalate(viewer, { status: 'OPEN', bugId }))).toBe(expected);
  });
});

describe('E3: linking tickets and announcing the fix', () => {
  it.each([
    ['an agent links', agent, { status: 'NEW' as const }, null],
    ['an engineer links', engineer, { status: 'IN_PROGRESS' as const }, null],
    ['product cannot', product, { status: 'NEW' as const }, 'FORBIDDEN'],
    ['not to a duplicate', agent, { status: 'DUPLICATE' as const }, 'BUG_CLOSED'],
  ])('checkLinkTicket: %s', (_, viewer, bug, expected) => {
    expect(code(checkLinkTicket(viewer, bug))).toBe(expected);
  });

  it.each([
    ['an agent tells a fixed bug', agent, 'FIXED', null],
    ['a trainee may not send (T1)', trainee, 'FIXED', 'TRAINEE_MUST_SUBMIT_DRAFT'],
    ['not before the fix', agent, 'IN_PROGRESS', 'BAD_USER_INPUT'],
  ] as const)('checkTellFixed: %s', (_, viewer, status, expected) => {
    expect(code(checkTellFixed(viewer, { status }))).toBe(expected);
  });

  it.each([
    ['an engineer', engineer, 'IN_PROGRESS', null],
    ['a manager', manager, 'NEW', null],
    ['an agent cannot mark fixed', agent, 'IN_PROGRESS', 'FORBIDDEN'],
    ['fixed already', engineer, 'FIXED', 'BAD_USER_INPUT'],
    ['a duplicate', engineer, 'DUPLICATE', 'BUG_CLOSED'],
  ] as const)('checkMarkFixed: %s', (_, viewer, status, expected) => {
    expect(code(checkMarkFixed(viewer, { number: 3, status }))).toBe(expected);
  });

  it.each([
    ['ends with a question', 'Hi {{customer.firstName}}, we fixed it. Is it working for you now?', [], null],
    ['no question (W7)', 'We fixed it.', [], 'REPLY_MUST_END_WITH_QUESTION'],
    ['empty', '   ', [], 'BAD_USER_INPUT'],
    ['a placeholder that does not exist', 'Hi {{customer.nickname}}, fixed. OK?', ['customer.nickname'], 'UNKNOWN_PLACEHOLDER'],
  ] as const)('checkFixMessage: %s', (_, body, unknown, expected) => {
    expect(code(checkFixMessage(body, unknown))).toBe(expected);
  });

  it.each([
    [
      'several customers, one closed ticket',
      [
        { customerId: 'a', ticketStatus: 'OPEN', isTold: false },
        { customerId: 'a', ticketStatus: 'PENDING', isTold: false },
        { customerId: 'b', ticketStatus: 'CLOSED', isTold: false },
      ],
      { tickets: 3, customers: 2, closedTickets: 1 },
      'This tells 2 customers on 3 tickets; 1 ticket is closed and will be reopened as waiting on the customer.',
    ],
    [
      'tickets told already are not counted',
      [
        { customerId: 'a', ticketStatus: 'OPEN', isTold: true },
        { customerId: 'b', ticketStatus: 'OPEN', isTold: false },
      ],
      { tickets: 1, customers: 1, closedTickets: 0 },
      'This tells 1 customer on 1 ticket.',
    ],
    ['nobody', [], { tickets: 0, customers: 0, closedTickets: 0 }, 'No linked ticket is waiting to hear about this fix: nobody is told.'],
  ])('fixPreview: %s', (_, tickets, counts, sentence) => {
    expect(fixPreview(tickets)).toEqual({ ...counts, sentence });
  });

  it('fixPreview writes big numbers as people read them', () => {
    const tickets = Array.from({ length: 5000 }, (_, i) => ({ customerId: `c${i % 3700}`, ticketStatus: 'OPEN', isTold: false }));
    expect(fixPreview(tickets).sentence).toBe('This tells 3,700 customers on 5,000 tickets.');
  });
});

describe('engineering changes bugs', () => {
  const bug = { id: 'b1', number: 1, status: 'NEW' as const };
  it.each([
    ['an engineer acknowledges', engineer, 'ACKNOWLEDGED', null, null],
    ['an agent cannot', agent, 'ACKNOWLEDGED', null, 'FORBIDDEN'],
    ['needs info needs a question', engineer, 'NEEDS_INFO', '  ', 'BUG_QUESTION_REQUIRED'],
    ['needs info with a question', engineer, 'NEEDS_INFO', 'Which browser?', null],
    ['fixed only through markBugFixed', engineer, 'FIXED', null, 'BAD_USER_INPUT'],
    ['duplicate only through mergeBugs', engineer, 'DUPLICATE', null, 'BAD_USER_INPUT'],
  ] as const)('checkBugStatusChange: %s', (_, viewer, to, question, expected) => {
    expect(code(checkBugStatusChange(viewer, bug, to, question))).toBe(expected);
  });

  it.each([
    ['into another bug', engineer, bug, { id: 'b2', number: 2, status: 'IN_PROGRESS' as const }, null],
    ['not into itself', engineer, bug, bug, 'BAD_USER_INPUT'],
    ['not into a duplicate', engineer, bug, { id: 'b2', number: 2, status: 'DUPLICATE' as const }, 'BUG_CLOSED'],
    [
      'not a duplicate again',
      engineer,
      { ...bug, status: 'DUPLICATE' as const },
      { id: 'b2', number: 2, status: 'NEW' as const },
      'BUG_CLOSED',
    ],
    ['an agent cannot', agent, bug, { id: 'b2', number: 2, status: 'NEW' as const }, 'FORBIDDEN'],
  ])('checkMergeBugs: %s', (_, viewer, duplicate, original, expected) => {
    expect(code(checkMergeBugs(viewer, duplicate, original))).toBe(expected);
  });

  it.each([
    ['an engineer', engineer, null],
    ['nobody (unassigned)', null, null],
    ['an agent', agent, 'BAD_USER_INPUT'],
    ['a deactivated engineer', person('gone', ['ENGINEER'], { isActive: false }), 'BAD_USER_INPUT'],
  ])('checkBugAssignee: %s', (_, assignee, expected) => {
    expect(code(checkBugAssignee(assignee))).toBe(expected);
  });

  it('viewerCan: an engineer may do everything to an open bug, an agent nothing', () => {
    const allowed = (p: Person) => Object.values(bugPermissions(p, bug)).map((r) => r.ok);
    expect(allowed(engineer)).toEqual([true, true, true, true]);
    expect(allowed(agent)).toEqual([false, false, false, false]);
  });
});

describe('E1: bugs that look the same', () => {
  const csv = { title: 'Export to CSV fails', steps: 'Open the reports page and click Export CSV: an error 500 appears' };
  it.each([
    ['the same bug in other words', { title: 'CSV export broken', steps: 'Clicking Export CSV on reports gives error 500' }, true],
    ['another bug', { title: 'Avatar upload is slow', steps: 'Upload a large picture in settings' }, false],
    ['nothing written yet', { title: '', steps: '' }, false],
  ])('%s', (_, other, alike) => {
    expect(bugSimilarity(csv, other) >= SIMILAR_BUG_THRESHOLD).toBe(alike);
  });

  it('is symmetric and 1 for the same text', () => {
    const other = { title: 'CSV export broken', steps: 'error 500' };
    expect(bugSimilarity(csv, other)).toBeCloseTo(bugSimilarity(other, csv));
    expect(bugSimilarity(csv, csv)).toBe(1);
  });

  it('ignores case, punctuation and stop words', () => {
    expect([...bugWords('The EXPORT, to CSV!')]).toEqual(['export', 'csv']);
  });
});

describe('E1: the form starts from what Tandem knows', () => {
  it.each([
    [
      'a web-form ticket',
      { subject: ' Export fails ', customerWords: 'It shows an error', client: 'Mozilla/5.0 (Macintosh) Chrome/131' },
      { title: 'Export fails', actualResult: 'The customer wrote: “It shows an error”', environment: 'Mozilla/5.0 (Macintosh) Chrome/131' },
    ],
    ['nothing known', { subject: 'Help', customerWords: null, client: null }, { title: 'Help', actualResult: '', environment: '' }],
  ])('escalationDefaults: %s', (_, source, expected) => {
    expect(escalationDefaults(source)).toEqual(expected);
  });

  it('fixProgressSentence counts as people read', () => {
    expect(fixProgressSentence({ sent: 1240, total: 5000 })).toBe('Sent 1,240 of 5,000…');
    expect(fixProgressSentence({ sent: 3, total: 3 })).toBe('Told all 3 linked tickets.');
    expect(fixProgressSentence({ sent: 0, total: 0 })).toBe('No linked ticket was waiting to hear of the fix.');
  });
});

import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../common/rule.js';
import type { Role } from '../users/roles.js';
import type { Person } from '../users/user-rules.js';
import {
  checkAssign,
  checkCategorized,
  checkClaim,
  checkClose,
  checkCustomerLink,
  checklistState,
  checkRelease,
  checkReopen,
  checkReply,
  checkReplyBody,
  compareQueue,
  DEFAULT_WORKFLOW_SETTINGS,
  firstResponseGoalMinutes,
  isFirstResponseGoalMissed,
  isHighValue,
  ticketPermissions,
  timeLeftMs,
  type TicketFacts,
} from './ticket-rules.js';
import { checkApproval, checkDraftReview, checkDraftSubmission, type DraftFacts } from '../drafts/draft-rules.js';

const person = (id: string, roles: Role[], extra: Partial<Person> = {}): Person => ({
  id,
  roles,
  isActive: true,
  trainerId: null,
  canTrain: false,
  ...extra,
});
const agent = person('agent', ['AGENT']);
const otherAgent = person('other', ['AGENT']);
const trainee = person('trainee', ['AGENT'], { trainerId: 'trainer' });
const trainer = person('trainer', ['AGENT'], { canTrain: true });
const manager = person('manager', ['MANAGER', 'AGENT']);
const engineer = person('engineer', ['ENGINEER']);

const NOW = new Date('2026-11-23T12:00:00Z');
const ticket = (extra: Partial<TicketFacts> = {}): TicketFacts => ({
  status: 'OPEN',
  group: 'UNASSIGNED',
  type: 'QUESTION',
  assigneeId: null,
  assigneeName: null,
  isManagerAssigned: false,
  isFrustrated: false,
  firstResponseDueAt: new Date(NOW.getTime() + 3600_000),
  firstResponseAt: null,
  responseDueAt: new Date(NOW.getTime() + 3600_000),
  bugId: null,
  askCount: 0,
  ...extra,
});
const code = (result: RuleResult) => (result.ok ? null : result.code);
const settings = DEFAULT_WORKFLOW_SETTINGS;
const reviewing = { ...settings, reviewNovelReplies: true };

describe('W2 checkClaim', () => {
  it.each([
    ['a trained agent claims an unassigned ticket', agent, ticket(), null],
    ['a manager claims', manager, ticket(), null],
    ['a trainee cannot claim', trainee, ticket(), 'TRAINEE_CANNOT_CLAIM'],
    ['an engineer off the rota cannot claim', engineer, ticket(), 'FORBIDDEN'],
    ['a claimed ticket cannot be claimed again', agent, ticket({ assigneeId: 'other', assigneeName: 'Ben' }), 'TICKET_ALREADY_CLAIMED'],
    ['claiming your own ticket again changes nothing', agent, ticket({ assigneeId: 'agent' }), null],
    ['a closed ticket cannot be claimed', agent, ticket({ status: 'CLOSED' }), 'TICKET_CLOSED'],
  ])('%s', (_, viewer, t, expected) => {
    expect(code(checkClaim(viewer, t))).toBe(expected);
  });

  it('names who claimed it', () => {
    const result = checkClaim(agent, ticket({ assigneeId: 'other', assigneeName: 'Ben Carter' }));
    expect(result.ok ? '' : result.message).toBe('Ben Carter has claimed this ticket.');
  });
});

describe('checkRelease and R4 checkAssign', () => {
  it.each([
    ['the assignee releases', agent, ticket({ assigneeId: 'agent' }), null],
    ['a manager releases anyone', manager, ticket({ assigneeId: 'other' }), null],
    ['someone else cannot release', agent, ticket({ assigneeId: 'other' }), 'FORBIDDEN'],
    ['nothing to release', agent, ticket(), 'TICKET_NOT_CLAIMED'],
  ])('%s', (_, viewer, t, expected) => {
    expect(code(checkRelease(viewer, t))).toBe(expected);
  });

  it.each([
    ['a manager assigns to a trained agent', manager, ticket(), agent, null],
    ['an agent cannot assign', agent, ticket(), otherAgent, 'FORBIDDEN'],
    ['nobody assigns to a trainee', manager, ticket(), trainee, 'TRAINEE_CANNOT_CLAIM'],
    ['nobody assigns to someone off the rota', manager, ticket(), engineer, 'BAD_USER_INPUT'],
    ['nobody assigns to a deactivated person', manager, ticket(), { ...agent, isActive: false }, 'BAD_USER_INPUT'],
    ['a closed ticket is not assigned', manager, ticket({ status: 'CLOSED' }), agent, 'TICKET_CLOSED'],
  ])('%s', (_, viewer, t, assignee, expected) => {
    expect(code(checkAssign(viewer, t, assignee))).toBe(expected);
  });
});

describe('C1/C4 checkCategorized', () => {
  it.each([
    ['no type yet', ticket({ type: null }), 'CHECKLIST_INCOMPLETE'],
    ['a question outside a group', ticket({ type: 'QUESTION', group: 'UNASSIGNED' }), null],
    ['other outside a group', ticket({ type: 'OTHER' }), null],
    ['a bug outside a group', ticket({ type: 'BUG', group: 'UNASSIGNED' }), 'CHECKLIST_INCOMPLETE'],
    ['a bug in Development', ticket({ type: 'BUG', group: 'DEVELOPMENT' }), null],
    ['a feature request outside a group', ticket({ type: 'FEATURE_REQUEST' }), 'CHECKLIST_INCOMPLETE'],
    ['a sales ticket in Sales', ticket({ type: 'SALES', group: 'SALES' }), null],
    ['a marketing ticket outside a group', ticket({ type: 'MARKETING' }), 'CHECKLIST_INCOMPLETE'],
  ])('%s', (_, t, expected) => {
    expect(code(checkCategorized(t))).toBe(expected);
  });

  it('names the group to pick', () => {
    const result = checkCategorized(ticket({ type: 'BUG' }));
    expect(result.ok ? '' : result.message).toMatch(/C4.*bug.*Development/);
  });
});

describe('checkReply (T1, C1, C4, R4, W6)', () => {
  it.each([
    ['a trained agent replies', agent, ticket(), settings, false, null],
    ['a trainee never replies directly (T1)', trainee, ticket(), settings, true, 'TRAINEE_MUST_SUBMIT_DRAFT'],
    ['no type yet (C1)', agent, ticket({ type: null }), settings, true, 'CHECKLIST_INCOMPLETE'],
    ['an uncategorized bug (C4)', agent, ticket({ type: 'BUG' }), settings, true, 'CHECKLIST_INCOMPLETE'],
    [
      'C4/FR1: a feature request not linked to a card',
      agent,
      ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' }),
      settings,
      true,
      'FEATURE_REQUEST_NOT_LINKED',
    ],
    [
      'C4/FR1: a feature request linked to a card',
      agent,
      ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT', askCount: 2 }),
      settings,
      true,
      null,
    ],
    ['a closed ticket', agent, ticket({ status: 'CLOSED' }), settings, true, 'TICKET_CLOSED'],
    ['a ticket someone else handles', agent, ticket({ assigneeId: 'other' }), settings, true, 'TICKET_ASSIGNED_TO_OTHER'],
    ['a manager steps in on a claimed ticket', manager, ticket({ assigneeId: 'other' }), settings, false, null],
    ['an engineer off the rota', engineer, ticket(), settings, true, 'FORBIDDEN'],
    ['W6 on: a novel reply goes to review', agent, ticket(), reviewing, false, 'NOVEL_REPLY_NEEDS_REVIEW'],
    ['W6 on: a saved reply goes straight out', agent, ticket(), reviewing, true, null],
    ['W6 on: managers are not reviewed', manager, ticket(), reviewing, false, null],
  ])('%s', (_, viewer, t, s, usedSavedReply, expected) => {
    expect(code(checkReply(viewer, t, s, usedSavedReply))).toBe(expected);
  });

  it('the conversation moved on since the sender looked: TICKET_CHANGED comes before the ticket’s state (a manager’s reply took it over)', () => {
    expect(code(checkReply(agent, ticket({ assigneeId: 'other' }), settings, true, 1))).toBe('TICKET_CHANGED');
    expect(code(checkReply(agent, ticket({ status: 'CLOSED' }), settings, true, 2))).toBe('TICKET_CHANGED');
    expect(code(checkReply(manager, ticket({ assigneeId: 'other' }), settings, true, 1))).toBe('TICKET_CHANGED');
    // Who the sender is still answers first.
    expect(code(checkReply(trainee, ticket(), settings, true, 1))).toBe('TRAINEE_MUST_SUBMIT_DRAFT');
    expect(code(checkReply(engineer, ticket(), settings, true, 1))).toBe('FORBIDDEN');
    expect(code(checkReply(agent, ticket({ assigneeId: 'other' }), settings, true, 0))).toBe('TICKET_ASSIGNED_TO_OTHER');
  });
});

describe('checkReplyBody (W7)', () => {
  it.each([
    ['a question', 'Did that help?', null],
    ['no question', 'Done.', 'REPLY_MUST_END_WITH_QUESTION'],
    ['empty', '  ', 'BAD_USER_INPUT'],
    ['too long', `${'a'.repeat(20_000)}?`, 'BAD_USER_INPUT'],
    ['a placeholder left unfilled', 'Hi {{customer.firstName}}, did that help?', 'BAD_USER_INPUT'],
  ])('%s', (_, body, expected) => {
    expect(code(checkReplyBody(body))).toBe(expected);
  });
});

describe('T1/T2 drafts', () => {
  const draft = (extra: Partial<DraftFacts> = {}): DraftFacts => ({
    authorId: 'trainee',
    reviewerId: 'trainer',
    reviewerName: 'Lena',
    status: 'PENDING',
    ...extra,
  });

  it.each([
    ['a trainee submits', trainee, ticket(), null],
    ['a trained agent submits for review', agent, ticket(), null],
    ['a manager replies instead', manager, ticket(), 'BAD_USER_INPUT'],
    ['not on a closed ticket', trainee, ticket({ status: 'CLOSED' }), 'TICKET_CLOSED'],
  ])('checkDraftSubmission: %s', (_, viewer, t, expected) => {
    expect(code(checkDraftSubmission(viewer, t))).toBe(expected);
  });

  it.each([
    ['the trainer reviews', trainer, draft(), null],
    ['any manager reviews', manager, draft(), null],
    ['another agent cannot', agent, draft(), 'FORBIDDEN'],
    ['the author cannot', trainee, draft(), 'CANNOT_REVIEW_OWN_DRAFT'],
    ['a manager cannot review their own', manager, draft({ authorId: 'manager' }), 'CANNOT_REVIEW_OWN_DRAFT'],
    ['approved once only', trainer, draft({ status: 'APPROVED' }), 'DRAFT_ALREADY_REVIEWED'],
    ['sent back already', trainer, draft({ status: 'CHANGES_REQUESTED' }), 'DRAFT_ALREADY_REVIEWED'],
    ['a W6 review is for managers', trainer, draft({ reviewerId: null }), 'FORBIDDEN'],
  ])('checkDraftReview: %s', (_, viewer, d, expected) => {
    expect(code(checkDraftReview(viewer, d))).toBe(expected);
  });

  it.each([
    ['a ready ticket', ticket(), null],
    ['no type (C1)', ticket({ type: null }), 'CHECKLIST_INCOMPLETE'],
    ['uncategorized (C4)', ticket({ type: 'SALES' }), 'CHECKLIST_INCOMPLETE'],
    ['closed', ticket({ status: 'CLOSED' }), 'TICKET_CLOSED'],
  ])('checkApproval: %s', (_, t, expected) => {
    expect(code(checkApproval(trainer, draft(), t))).toBe(expected);
  });
});

describe('close and reopen', () => {
  it.each([
    ['an agent closes', agent, ticket(), null],
    ['a trainee cannot close', trainee, ticket(), 'FORBIDDEN'],
    ['closed already', agent, ticket({ status: 'CLOSED' }), 'TICKET_CLOSED'],
    ['C3: a bug not escalated', agent, ticket({ type: 'BUG', group: 'DEVELOPMENT' }), 'BUG_NOT_ESCALATED'],
    ['C3: a bug linked to a bug', agent, ticket({ type: 'BUG', group: 'DEVELOPMENT', bugId: 'bug-1' }), null],
    ['C3: a question needs no escalation', agent, ticket({ type: 'QUESTION' }), null],
    [
      'C4/FR1: a feature request not linked to a card',
      agent,
      ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' }),
      'FEATURE_REQUEST_NOT_LINKED',
    ],
    ['C4/FR1: a feature request with an ask', agent, ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT', askCount: 1 }), null],
  ])('checkClose: %s', (_, viewer, t, expected) => {
    expect(code(checkClose(viewer, t))).toBe(expected);
  });

  it.each([
    ['a closed ticket reopens', agent, ticket({ status: 'CLOSED' }), null],
    ['an open ticket does not', agent, ticket(), 'TICKET_NOT_CLOSED'],
    ['off the rota', engineer, ticket({ status: 'CLOSED' }), 'FORBIDDEN'],
  ])('checkReopen: %s', (_, viewer, t, expected) => {
    expect(code(checkReopen(viewer, t))).toBe(expected);
  });
});

describe('checkCustomerLink', () => {
  it.each([
    ['an agent', agent, null],
    ['a trainee', trainee, null],
    ['a manager', manager, null],
    ['an engineer off the rota', engineer, 'FORBIDDEN'],
  ])('%s', (_, viewer, expected) => {
    expect(code(checkCustomerLink(viewer))).toBe(expected);
  });
});

describe('checklistState', () => {
  const statuses = (steps: ReturnType<typeof checklistState>) => Object.fromEntries(steps.map((s) => [s.id, s.status]));

  it.each([
    [
      'a new ticket without a type',
      ticket({ type: null }),
      undefined,
      { C1: 'TODO', C2: 'BLOCKED', C3: 'BLOCKED', C4: 'BLOCKED', W7: 'TODO' },
    ],
    ['a typed question', ticket(), undefined, { C1: 'DONE', C2: 'TODO', C3: 'DONE', C4: 'DONE', W7: 'TODO' }],
    ['a bug not in a group', ticket({ type: 'BUG' }), undefined, { C1: 'DONE', C2: 'BLOCKED', C3: 'TODO', C4: 'TODO', W7: 'TODO' }],
    ['answered', ticket({ firstResponseAt: NOW }), undefined, { C1: 'DONE', C2: 'DONE', C3: 'DONE', C4: 'DONE', W7: 'DONE' }],
    ['an editor body with a question', ticket(), 'Did that help?', { C1: 'DONE', C2: 'TODO', C3: 'DONE', C4: 'DONE', W7: 'DONE' }],
    ['an editor body without one', ticket(), 'Done.', { C1: 'DONE', C2: 'TODO', C3: 'DONE', C4: 'DONE', W7: 'TODO' }],
    [
      'C4/FR1: a feature request in its group but not linked',
      ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT' }),
      undefined,
      { C1: 'DONE', C2: 'BLOCKED', C3: 'DONE', C4: 'TODO', W7: 'TODO' },
    ],
    [
      'C4/FR1: a linked feature request',
      ticket({ type: 'FEATURE_REQUEST', group: 'DEVELOPMENT', askCount: 1 }),
      undefined,
      { C1: 'DONE', C2: 'TODO', C3: 'DONE', C4: 'DONE', W7: 'TODO' },
    ],
  ])('%s', (_, t, body, expected) => {
    expect(statuses(checklistState(t, body))).toEqual(expected);
  });

  it.each([
    ['C3: a bug ticket linked to a bug is done', ticket({ type: 'BUG', group: 'DEVELOPMENT', bugId: 'bug-1' }), 'DONE', null],
    ['C3: a bug ticket not escalated says why', ticket({ type: 'BUG', group: 'DEVELOPMENT' }), 'TODO', /escalate it to engineering/],
    ['C3: a question has nothing to escalate', ticket(), 'DONE', /only bugs/],
  ])('%s', (_, t, status, reason) => {
    const c3 = checklistState(t).find((s) => s.id === 'C3')!;
    expect(c3.status).toBe(status);
    if (reason) expect(c3.reason).toMatch(reason);
    else expect(c3.reason).toBeNull();
  });

  it('says why C2 is blocked', () => {
    const c2 = checklistState(ticket({ type: null })).find((s) => s.id === 'C2')!;
    expect(c2.reason).toMatch(/C1/);
  });
});

describe('R5 goals and queue order', () => {
  it('sets goals per plan and finds high-value customers (F2)', () => {
    expect(firstResponseGoalMinutes('PREMIUM', settings)).toBe(240);
    expect(firstResponseGoalMinutes('FREE', settings)).toBe(1440);
    expect(isHighValue({ plan: 'PREMIUM', monthlyRevenueCents: 0 }, settings)).toBe(true);
    expect(isHighValue({ plan: 'FREE', monthlyRevenueCents: 50_000 }, settings)).toBe(true);
    expect(isHighValue({ plan: 'FREE', monthlyRevenueCents: 49_999 }, settings)).toBe(false);
  });

  it('tells the time left and whether the goal was missed', () => {
    expect(timeLeftMs(ticket(), NOW)).toBe(3600_000);
    expect(timeLeftMs(ticket({ responseDueAt: null }), NOW)).toBeNull();
    expect(isFirstResponseGoalMissed(ticket(), NOW)).toBe(false);
    expect(isFirstResponseGoalMissed(ticket({ firstResponseDueAt: new Date(NOW.getTime() - 1) }), NOW)).toBe(true);
    const answeredInTime = ticket({ firstResponseDueAt: new Date(NOW.getTime() - 1), firstResponseAt: new Date(NOW.getTime() - 5) });
    expect(isFirstResponseGoalMissed(answeredInTime, NOW)).toBe(false);
  });

  it('orders: assigned to me by a manager, then frustrated, then least time left, waiting on customer last', () => {
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const rows = [
      { id: 'waiting', ...ticket({ responseDueAt: null }) },
      { id: 'late', ...ticket({ responseDueAt: at(-30) }) },
      { id: 'soon', ...ticket({ responseDueAt: at(10) }) },
      { id: 'frustrated', ...ticket({ isFrustrated: true, responseDueAt: at(600) }) },
      { id: 'mine-by-manager', ...ticket({ isManagerAssigned: true, assigneeId: 'agent', responseDueAt: at(900) }) },
      { id: 'others-by-manager', ...ticket({ isManagerAssigned: true, assigneeId: 'other', responseDueAt: at(5) }) },
    ];
    expect(rows.sort((a, b) => compareQueue(a, b, 'agent')).map((r) => r.id)).toEqual([
      'mine-by-manager',
      'frustrated',
      'late',
      'others-by-manager',
      'soon',
      'waiting',
    ]);
  });
});

describe('ticketPermissions', () => {
  it('gives a trainee drafting but not claiming, replying or closing', () => {
    const can = ticketPermissions(trainee, ticket(), settings);
    expect(Object.fromEntries(Object.entries(can).map(([k, v]) => [k, v.ok]))).toEqual({
      claim: false,
      release: false,
      assign: false,
      reply: false,
      submitDraft: true,
      close: false,
      reopen: false,
      triage: true,
      addNote: true,
      customerLink: true,
    });
  });

  it('does not offer claiming a ticket that is yours', () => {
    expect(ticketPermissions(agent, ticket({ assigneeId: 'agent' }), settings).claim.ok).toBe(false);
  });
});

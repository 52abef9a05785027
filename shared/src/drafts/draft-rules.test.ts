import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../common/errors.js';
import { allow, deny } from '../common/rule.js';
import { canChangeTeamSettings, checkTeamSettingsEditing } from '../settings/settings-rules.js';
import type { Role } from '../users/roles.js';
import { isOnRota, type Person } from '../users/user-rules.js';
import { checkReply, DEFAULT_WORKFLOW_SETTINGS, type TicketFacts } from '../tickets/ticket-rules.js';
import { replyNeedsReview, replyRoute } from './draft-rules.js';

const person = (id: string, roles: Role[], extra: Partial<Person> = {}): Person => ({
  id,
  roles,
  isActive: true,
  trainerId: null,
  canTrain: false,
  ...extra,
});
const agent = person('agent', ['AGENT']);
const trainee = person('trainee', ['AGENT'], { trainerId: 'trainer' });
const manager = person('manager', ['MANAGER']);
const admin = person('admin', ['ADMIN']);
const engineer = person('engineer', ['ENGINEER']);
const product = person('product', ['PRODUCT']);
const adminAgent = person('admin-agent', ['ADMIN', 'AGENT']);

const ticket: TicketFacts = {
  status: 'OPEN',
  group: 'UNASSIGNED',
  type: 'QUESTION',
  assigneeId: null,
  isManagerAssigned: false,
  isFrustrated: false,
  firstResponseDueAt: new Date('2026-11-23T13:00:00Z'),
  firstResponseAt: null,
  responseDueAt: new Date('2026-11-23T13:00:00Z'),
  bugId: null,
  askCount: 0,
};
const settings = DEFAULT_WORKFLOW_SETTINGS;
const reviewing = { ...settings, reviewNovelReplies: true };

describe('isOnRota: one rule for who works on tickets', () => {
  it.each([
    ['an agent', agent, true],
    ['a trainee', trainee, true],
    ['a support manager', manager, true],
    ['an admin', admin, false],
    ['an engineer', engineer, false],
    ['a product person', product, false],
    ['an admin who also takes turns as an agent', adminAgent, true],
  ])('%s: %s', (_, who, expected) => {
    expect(isOnRota(who)).toBe(expected);
  });
});

describe('canChangeTeamSettings: who may change the team settings', () => {
  it.each([
    ['a support manager', manager, true],
    ['an admin', admin, true],
    ['an agent', agent, false],
    ['a trainee', trainee, false],
    ['an engineer', engineer, false],
    ['a product person', product, false],
  ])('%s: %s', (_, who, expected) => {
    expect(canChangeTeamSettings(who)).toBe(expected);
    expect(checkTeamSettingsEditing(who)).toEqual(
      expected ? allow : deny(ErrorCode.FORBIDDEN, 'Only managers and admins change team settings.'),
    );
  });
});

describe('replyRoute: whether a reply is sent or becomes a draft (T1, W6)', () => {
  it.each([
    ['[agent] answers with review off', allow, false, false, 'SEND'],
    ['[agent] answers from a saved reply with review on', allow, true, true, 'SEND'],
    ['[agent] writes a novel reply with review on', allow, true, false, 'DRAFT'],
    ['[trainee] answers anything', deny(ErrorCode.TRAINEE_MUST_SUBMIT_DRAFT, 'T1'), false, true, 'DRAFT'],
    ['[agent] answers a closed ticket: sent, and refused with its reason', deny(ErrorCode.TICKET_CLOSED, 'closed'), true, false, 'SEND'],
    ['[engineer] off the rota: sent, and refused with its reason', deny(ErrorCode.FORBIDDEN, 'rota'), false, false, 'SEND'],
  ] as const)('%s', (_, reply, needsReview, usedSavedReply, expected) => {
    expect(replyRoute(reply, needsReview, usedSavedReply)).toBe(expected);
    // The client reads the same facts as GraphQL's Permission ({ allowed, code }).
    const permission = { allowed: reply.ok, code: reply.ok ? null : reply.code };
    expect(replyRoute(permission, needsReview, usedSavedReply)).toBe(expected);
  });

  // What the client decides from Ticket.viewerCan matches what the API then accepts.
  it.each([
    ['an agent', agent],
    ['a trainee', trainee],
    ['a support manager', manager],
  ])('%s: a reply routed to SEND is one the API accepts, a draft is one it refuses', (_, who) => {
    for (const team of [settings, reviewing]) {
      for (const usedSavedReply of [false, true]) {
        const route = replyRoute(checkReply(who, ticket, team, true), replyNeedsReview(who, team), usedSavedReply);
        expect(route === 'SEND').toBe(checkReply(who, ticket, team, usedSavedReply).ok);
      }
    }
  });
});

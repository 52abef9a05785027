import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, firstDenial, type RuleResult } from '../common/rule.js';
import { replyEndsWithQuestion } from '../tickets/question-rule.js';
import { isManager } from '../tickets/ticket-facts.js';
import { Role } from '../users/roles.js';
import { hasRole, isOnRota, isTrainee, type Person } from '../users/user-rules.js';
import { bugReference, bugStatusLabel, type BugSeverity, type BugStatus } from './enums.js';

/** E1: what an escalation tells engineering. `url` is the only field that may stay empty. */
export interface EscalationFields {
  title: string;
  stepsToReproduce: string;
  expectedResult: string;
  actualResult: string;
  /** Browser, operating system, app version. */
  environment: string;
  url: string | null;
  usersAffected: number | null;
  severity: BugSeverity | null;
}

export type EscalationField = keyof EscalationFields;

export const escalationFieldLabel: Record<EscalationField, string> = {
  title: 'title',
  stepsToReproduce: 'steps to reproduce',
  expectedResult: 'expected result',
  actualResult: 'actual result',
  environment: 'where it happens (browser, OS, app version)',
  url: 'URL',
  usersAffected: 'how many users are affected',
  severity: 'severity',
};

/** E1: the required fields still empty, in form order. */
export function missingEscalationFields(fields: Partial<EscalationFields>): EscalationField[] {
  const text = (value: string | null | undefined) => (value ?? '').trim().length > 0;
  const missing: EscalationField[] = [];
  if (!text(fields.title)) missing.push('title');
  if (!text(fields.stepsToReproduce)) missing.push('stepsToReproduce');
  if (!text(fields.expectedResult)) missing.push('expectedResult');
  if (!text(fields.actualResult)) missing.push('actualResult');
  if (!text(fields.environment)) missing.push('environment');
  if (!fields.usersAffected || fields.usersAffected < 1) missing.push('usersAffected');
  if (!fields.severity) missing.push('severity');
  return missing;
}

/** E1: refuses an escalation until every required field is filled, naming the missing ones. */
export function checkEscalationComplete(fields: Partial<EscalationFields>): RuleResult {
  const missing = missingEscalationFields(fields);
  if (missing.length > 0) {
    return deny(
      ErrorCode.ESCALATION_INCOMPLETE,
      `Engineers need every detail (E1): fill in ${listWords(missing.map((f) => escalationFieldLabel[f]))}.`,
    );
  }
  const url = checkBugLink(fields.url, 'The URL');
  if (!url.ok) return url;
  if ((fields.usersAffected ?? 0) > LIMITS.bug.usersAffectedMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Users affected: at most ${LIMITS.bug.usersAffectedMax.toLocaleString('en')}.`);
  }
  return allow;
}

/** A link engineers follow (where it happens, the tracker issue), when one is given: http(s) only. */
export function checkBugLink(url: string | null | undefined, what: string): RuleResult {
  const text = url?.trim() ?? '';
  return text === '' || /^https?:\/\/\S+$/i.test(text)
    ? allow
    : deny(ErrorCode.BAD_USER_INPUT, `${what} must start with http:// or https://.`);
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** W5/E1: people on the support rota escalate, trainees included (nothing reaches the customer). */
export function checkEscalate(viewer: Person, ticket: { status: string; bugId: string | null }): RuleResult {
  return firstDenial(
    isOnRota(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only people on the support rota escalate tickets.'),
    ticket.bugId ? deny(ErrorCode.BAD_USER_INPUT, 'This ticket is linked to a bug already: unlink it first.') : allow,
  );
}

/** Linking a ticket to a known bug (E3), or unlinking it: the support rota and engineering. */
export function checkLinkTicket(viewer: Person, bug: { status: BugStatus } | null): RuleResult {
  return firstDenial(
    isOnRota(viewer) || isEngineering(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only support and engineering link tickets to bugs.'),
    bug?.status === 'DUPLICATE' ? deny(ErrorCode.BUG_CLOSED, 'That bug is a duplicate: link the ticket to the bug it duplicates.') : allow,
  );
}

/** A ticket linked to a fixed bug may be told at once; that sends a reply, so trainees may not (T1). */
export function checkTellFixed(viewer: Person, bug: { status: BugStatus }): RuleResult {
  return firstDenial(
    bug.status === 'FIXED' ? allow : deny(ErrorCode.BAD_USER_INPUT, 'The bug is not fixed yet: customers are told when it is.'),
    isTrainee(viewer) ? deny(ErrorCode.TRAINEE_MUST_SUBMIT_DRAFT, 'Trainees never answer customers directly (T1).') : allow,
    isOnRota(viewer) || isEngineering(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Your role does not allow this.'),
  );
}

/** Engineers and support managers run the engineering queue. */
export function isEngineering(viewer: Pick<Person, 'roles'>): boolean {
  return hasRole(viewer, Role.ENGINEER) || isManager(viewer);
}

export interface BugFacts {
  number: number;
  status: BugStatus;
}

function checkEngineering(viewer: Person): RuleResult {
  return isEngineering(viewer) ? allow : deny(ErrorCode.FORBIDDEN, 'Only engineers and support managers change bugs.');
}

function checkNotDuplicate(bug: BugFacts): RuleResult {
  return bug.status === 'DUPLICATE'
    ? deny(ErrorCode.BUG_CLOSED, `${bugReference(bug.number)} is a duplicate: work on the bug it duplicates.`)
    : allow;
}

/** Editing the fields, the severity, the tracker link. */
export function checkEditBug(viewer: Person, bug: BugFacts): RuleResult {
  return firstDenial(checkEngineering(viewer), checkNotDuplicate(bug));
}

/** The statuses setBugStatus sets (FIXED is markBugFixed's, DUPLICATE mergeBugs'). */
export const SETTABLE_BUG_STATUSES: readonly BugStatus[] = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'NEEDS_INFO', 'WONT_FIX'];

/** A status change; NEEDS_INFO asks the customers something, so it needs the question. */
export function checkBugStatusChange(viewer: Person, bug: BugFacts, to: BugStatus, question: string | null | undefined): RuleResult {
  return firstDenial(
    checkEditBug(viewer, bug),
    to === 'FIXED'
      ? deny(ErrorCode.BAD_USER_INPUT, 'Mark the bug fixed with "Mark fixed": it tells every linked customer (E3).')
      : to === 'DUPLICATE'
        ? deny(ErrorCode.BAD_USER_INPUT, 'Merge the bug into the one it duplicates instead.')
        : allow,
    to === 'NEEDS_INFO' ? checkBugQuestion(question) : allow,
  );
}

/** The question of NEEDS_INFO: written, and not too long. */
export function checkBugQuestion(question: string | null | undefined): RuleResult {
  const text = question?.trim() ?? '';
  if (!text) return deny(ErrorCode.BUG_QUESTION_REQUIRED, 'Write what engineering needs to know: it goes to every linked ticket.');
  if (text.length > LIMITS.bug.questionMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the question under ${LIMITS.bug.questionMax.toLocaleString('en')} characters.`);
  }
  return allow;
}

/** E3: the fix is announced once; a bug that was fixed and reopened may be announced again to tickets not yet told. */
export function checkMarkFixed(viewer: Person, bug: BugFacts): RuleResult {
  return firstDenial(
    checkEngineering(viewer),
    checkNotDuplicate(bug),
    bug.status === 'FIXED' ? deny(ErrorCode.BAD_USER_INPUT, `${bugReference(bug.number)} is fixed already.`) : allow,
  );
}

/** E3: the message for customers: what a reply must be (W7), placeholders allowed (filled per ticket). */
export function checkFixMessage(body: string, unknownPlaceholders: readonly string[]): RuleResult {
  const text = body.trim();
  if (!text) return deny(ErrorCode.BAD_USER_INPUT, 'Write the message for the customers first.');
  if (text.length > LIMITS.ticket.bodyMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `Keep the message under ${LIMITS.ticket.bodyMax.toLocaleString('en')} characters.`);
  }
  if (unknownPlaceholders.length > 0) {
    return deny(ErrorCode.UNKNOWN_PLACEHOLDER, `There is no placeholder {{${unknownPlaceholders[0]}}}: see the list of placeholders.`);
  }
  if (!replyEndsWithQuestion(text)) {
    return deny(
      ErrorCode.REPLY_MUST_END_WITH_QUESTION,
      'End the message with a direct question, such as "Is it working for you now?" (W7).',
    );
  }
  return allow;
}

/** Merging `duplicate` into `original`: both are bugs engineering can still change, and not the same one. */
export function checkMergeBugs(viewer: Person, duplicate: BugFacts & { id: string }, original: BugFacts & { id: string }): RuleResult {
  return firstDenial(
    checkEngineering(viewer),
    duplicate.id === original.id ? deny(ErrorCode.BAD_USER_INPUT, 'A bug cannot duplicate itself.') : allow,
    checkNotDuplicate(duplicate),
    original.status === 'DUPLICATE'
      ? deny(ErrorCode.BUG_CLOSED, `${bugReference(original.number)} is itself a duplicate: merge into the bug it duplicates.`)
      : allow,
  );
}

export type BugAction = 'edit' | 'assign' | 'markFixed' | 'merge';

/** What the viewer may do to a bug, with the reason where not; sent with each bug. */
export function bugPermissions(viewer: Person, bug: BugFacts): Record<BugAction, RuleResult> {
  const edit = checkEditBug(viewer, bug);
  return { edit, assign: edit, markFixed: checkMarkFixed(viewer, bug), merge: edit };
}

/** An engineer a bug may be assigned to: active, with the engineer role. */
export function checkBugAssignee(assignee: Person | null): RuleResult {
  return !assignee || (assignee.isActive && hasRole(assignee, Role.ENGINEER))
    ? allow
    : deny(ErrorCode.BAD_USER_INPUT, 'Bugs go to active people with the engineer role.');
}

/** C3: a bug ticket is closed only once it is linked to a bug. */
export function checkEscalatedBeforeClose(ticket: { type: string | null; bugId: string | null }): RuleResult {
  return ticket.type === 'BUG' && !ticket.bugId
    ? deny(
        ErrorCode.BUG_NOT_ESCALATED,
        'This ticket is a bug: escalate it to engineering, or link it to a known bug, before closing it (C3).',
      )
    : allow;
}

/** One linked ticket as the E3 preview counts it. */
export interface FixAudienceTicket {
  customerId: string;
  ticketStatus: string;
  /** The customer was told of this fix already (a retry, or a fix announced before). */
  isTold: boolean;
}

export interface FixPreview {
  tickets: number;
  customers: number;
  closedTickets: number;
  /** "This tells 37 customers on 41 tickets; 3 tickets are closed and will be reopened as waiting on the customer." */
  sentence: string;
}

/** E3: who "Mark fixed" tells: one reply per linked ticket not told yet. */
export function fixPreview(tickets: readonly FixAudienceTicket[]): FixPreview {
  const toTell = tickets.filter((t) => !t.isTold);
  const customers = new Set(toTell.map((t) => t.customerId)).size;
  const closed = toTell.filter((t) => t.ticketStatus === 'CLOSED').length;
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const sentence =
    toTell.length === 0
      ? 'No linked ticket is waiting to hear about this fix: nobody is told.'
      : `This tells ${plural(customers, 'customer')} on ${plural(toTell.length, 'ticket')}` +
        (closed > 0
          ? `; ${plural(closed, 'ticket')} ${closed === 1 ? 'is' : 'are'} closed and will be reopened as waiting on the customer.`
          : '.');
  return { tickets: toTell.length, customers, closedTickets: closed, sentence };
}

/** The status line of a bug for a ticket: "BUG-12 · In progress". */
export function bugBadge(bug: BugFacts): string {
  return `${bugReference(bug.number)} · ${bugStatusLabel[bug.status]}`;
}

/** E3: how far the announcement has come: "Sent 1,240 of 5,000". */
export function fixProgressSentence(progress: { sent: number; total: number }): string {
  if (progress.total === 0) return 'No linked ticket was waiting to hear of the fix.';
  return progress.sent >= progress.total
    ? `Told all ${progress.total.toLocaleString('en')} linked ticket${progress.total === 1 ? '' : 's'}.`
    : `Sent ${progress.sent.toLocaleString('en')} of ${progress.total.toLocaleString('en')}…`;
}

/** What Tandem knows of a ticket before the agent writes the escalation (E1 pre-fill). */
export interface EscalationSource {
  subject: string;
  /** The customer's first message, in their own words. */
  customerWords: string | null;
  /** Their browser (web form, private link) or mail program, where known. */
  client: string | null;
}

/** E1: the escalation form's starting values: the subject as title, the customer's words as the actual result, their client. */
export function escalationDefaults(source: EscalationSource): Pick<EscalationFields, 'title' | 'actualResult' | 'environment'> {
  const words = (source.customerWords ?? '').trim();
  return {
    title: source.subject.trim().slice(0, LIMITS.bug.titleMax),
    actualResult: words ? `The customer wrote: “${words.slice(0, 2000)}${words.length > 2000 ? '…' : ''}”` : '',
    environment: (source.client ?? '').trim().slice(0, LIMITS.bug.environmentMax),
  };
}

import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../common/rule.js';
import type { Person } from '../users/user-rules.js';
import { checkSavedReplyEditing, checkSavedReplyText, checkSuggestionDecision, keepsSavedReplyText } from './saved-reply-rules.js';

const code = (r: RuleResult) => (r.ok ? null : r.code);
const manager: Person = { id: 'm', roles: ['MANAGER'], isActive: true, trainerId: null, canTrain: false };
const trainer: Person = { id: 't', roles: ['AGENT'], isActive: true, trainerId: null, canTrain: true };
const agent: Person = { id: 'a', roles: ['AGENT'], isActive: true, trainerId: null, canTrain: false };

describe('S1 checkSavedReplyText', () => {
  it.each([
    ['a good one', 'Invite your team', 'Hi {{customer.firstName}}, go to Settings. Did that help?', null],
    ['no title', ' ', 'Body', 'BAD_USER_INPUT'],
    ['no body', 'Title', '  ', 'BAD_USER_INPUT'],
    ['a long title', 'x'.repeat(121), 'Body', 'BAD_USER_INPUT'],
    ['an unknown placeholder', 'Title', 'Hi {{customer.first_name}}', 'UNKNOWN_PLACEHOLDER'],
  ])('%s', (_, title, body, expected) => {
    expect(code(checkSavedReplyText(title, body))).toBe(expected);
  });

  it('names the unknown placeholder', () => {
    const result = checkSavedReplyText('T', 'Hi {{custmer.name}}');
    expect(result.ok ? '' : result.message).toMatch(/\{\{custmer\.name\}\}/);
  });
});

describe('S2/T3 library decisions', () => {
  it.each([
    ['a manager edits', manager, null],
    ['an agent does not', agent, 'FORBIDDEN'],
  ])('checkSavedReplyEditing: %s', (_, viewer, expected) => {
    expect(code(checkSavedReplyEditing(viewer))).toBe(expected);
  });

  it.each([
    ['a manager decides', manager, { status: 'SUGGESTED', suggestedById: 'x', suggesterTrainerId: null }, null],
    ['the trainee’s trainer decides', trainer, { status: 'SUGGESTED', suggestedById: 'x', suggesterTrainerId: 't' }, null],
    ['another agent does not', agent, { status: 'SUGGESTED', suggestedById: 'x', suggesterTrainerId: 't' }, 'FORBIDDEN'],
    ['not a suggestion', manager, { status: 'ACTIVE', suggestedById: 'x', suggesterTrainerId: null }, 'BAD_USER_INPUT'],
    [
      'nobody but a manager decides on their own',
      trainer,
      { status: 'SUGGESTED', suggestedById: 't', suggesterTrainerId: 't' },
      'FORBIDDEN',
    ],
  ] as const)('checkSuggestionDecision: %s', (_, viewer, suggestion, expected) => {
    expect(code(checkSuggestionDecision(viewer, suggestion))).toBe(expected);
  });
});

describe('keepsSavedReplyText (W3/W6)', () => {
  const saved = 'Hi {{customer.firstName}}, you will find it under Settings > Integrations > API keys. Did that help?';
  it.each([
    ['the saved reply as inserted', 'Hi Ana, you will find it under Settings > Integrations > API keys. Did that help?', true],
    ['with a sentence added', 'Hi Ana, you will find it under Settings > Integrations > API keys. Admins only! Did that help?', true],
    ['with other line breaks and case', 'Hi Ana,\n\nYou will find it under settings > integrations > API keys. Did that help?', true],
    ['rewritten from scratch', 'Hi Ana, the key is on the admin page. Can you see it?', false],
    ['emptied', '', false],
  ])('%s: %s', (_, reply, keeps) => {
    expect(keepsSavedReplyText(reply, saved)).toBe(keeps);
  });

  it('a saved reply of placeholders only is always kept', () => {
    expect(keepsSavedReplyText('anything', '{{customer.firstName}}')).toBe(true);
  });
});

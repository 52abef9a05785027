import { describe, expect, it } from 'vitest';
import { describeTriggers, frustrationHint } from './frustration.js';
import { renderPlaceholders, unknownPlaceholders } from './placeholders.js';
import { DEFAULT_TONE_GUIDE, toneHints } from './tone.js';

describe('W8 frustrationHint', () => {
  it.each([
    ['a calm question', 'Hello, how do I invite my team?', false],
    ['a happy exclamation', 'Thanks so much, it works!', false],
    ['excited thanks', 'Wow, thank you!!', false],
    ['a telling word', 'This is unacceptable.', true],
    ['the third time', 'This is the third time this month that exports fail.', true],
    ['nobody answered', 'Nobody has answered in four hours.', true],
    ['shouting with exclamation marks', 'WHY IS THIS STILL DOWN!!', true],
    ['all capitals, long', 'I NEED THIS FIXED BEFORE OUR AUDIT TODAY', true],
    ['acronyms are not shouting', 'Does the API support SSO with SAML and a CSV export?', false],
    ['a refund request', 'I want a refund.', true],
    ['the demo frustrated message', 'This is the THIRD time this month!!! We pay for premium support, this is unacceptable!!!', true],
    ['the issue-8 mail, all capitals', 'THIRD TIME ASKING. I AM EXTREMELY FRUSTRATED AND WILL CANCEL IF THIS IS NOT FIXED', true],
    ['a threat to cancel', 'If this is not fixed by Friday we will cancel.', true],
    ['cancelling a meeting is calm', 'Can I cancel a meeting invite I sent by mistake?', false],
    ['extremely frustrated', 'I am extremely frustrated with the exports.', true],
    ['shouting alone, short', 'PLEASE HELP', false],
    ['multiple exclamation marks without shouting', 'It finally works!!! Great job!!!', false],
  ])('%s', (_, message, expected) => {
    expect(frustrationHint(message).looksFrustrated).toBe(expected);
  });

  it('says what gave it away', () => {
    expect(frustrationHint('WHY IS THIS STILL DOWN!!').signals).toEqual(['repeated exclamation marks', 'capital letters']);
  });

  it.each([
    [
      'the words as written, in order',
      'THIRD TIME asking... I am extremely frustrated and will cancel',
      ['THIRD TIME', 'extremely frustrated', 'will cancel'],
    ],
    ['shouting and exclamation marks', 'WHY IS THIS STILL DOWN!!!', ['!!!', 'ALL CAPS']],
    [
      'the issue-8 mail',
      'THIRD TIME ASKING. I AM EXTREMELY FRUSTRATED AND WILL CANCEL!!!',
      ['THIRD TIME', 'EXTREMELY FRUSTRATED', 'WILL CANCEL', '!!!', 'ALL CAPS'],
    ],
    ['a few shouted words, as written', 'Why is the export feature STILL BROKEN AGAIN!!', ['STILL BROKEN', 'AGAIN', '!!']],
    ['overlapping phrases show once', 'We will cancel my subscription.', ['will cancel my']],
    ['a word twice shows once', 'Unacceptable. Simply unacceptable.', ['Unacceptable']],
    ['unacceptable', 'This is unacceptable.', ['unacceptable']],
    ['nothing for a calm message', 'Thanks, it works!!', []],
    [
      'a trigger inside a long run of letters stays short',
      `${'a'.repeat(5000)}unacceptable${'b'.repeat(5000)}`,
      [`${'a'.repeat(20)}unacceptable${'b'.repeat(20)}`],
    ],
    ['a long run of exclamation marks shows as five', 'This is unacceptable' + '!'.repeat(300), ['unacceptable', '!!!!!']],
  ])('names the words that triggered it: %s', (_, message, triggers) => {
    expect(frustrationHint(message).triggers).toEqual(triggers);
  });
});

describe('W8 describeTriggers', () => {
  it.each([
    ['words and shouting', ['THIRD TIME', '!!!', 'ALL CAPS'], '“THIRD TIME”, “!!!”, all caps'],
    ['none', [], ''],
  ])('%s', (_, triggers, expected) => {
    expect(describeTriggers(triggers)).toBe(expected);
  });
});

describe('V1 toneHints', () => {
  it.each([
    ['no phrase to avoid', 'Here is how to do it. Did that help?', []],
    ['one phrase, any case', 'Unfortunately the export is limited.', ['unfortunately']],
    ['a curly apostrophe', 'I don’t understand what you mean.', ["I don't understand"]],
    ['two phrases, in text order', 'As I said, unfortunately it is not possible.', ['as I said', 'unfortunately', 'not possible']],
    [
      'corporate opening and closing',
      'Dear customer, we apologize for any inconvenience. Do not hesitate to contact us.',
      ['Dear customer', 'we apologize for any inconvenience', 'do not hesitate to contact'],
    ],
    ['corporate words', 'Kindly send the file as per my last mail.', ['kindly', 'as per']],
    ['whole words only: "as per" inside "has performed"', 'The export has performed well. Did that help?', []],
    ['whole words only: "kindly" inside "unkindly"', 'Nobody spoke unkindly. Was that clear?', []],
  ])('%s', (_, body, expected) => {
    expect(toneHints(body, DEFAULT_TONE_GUIDE).map((h) => h.avoid)).toEqual(expected);
  });
});

describe('S1 placeholders', () => {
  const values = {
    customer: { name: 'Hannah Lee', company: null },
    agent: { name: 'Kate Novak' },
    ticket: { number: 1042, subject: 'Export' },
  };

  it.each([
    ['all known', 'Hi {{customer.firstName}}, {{ agent.firstName }} here about #{{ticket.number}}.', 'Hi Hannah, Kate here about #1042.'],
    ['full names and subject', '{{customer.name}} / {{agent.name}} / {{ticket.subject}}', 'Hannah Lee / Kate Novak / Export'],
    ['an empty company', 'At {{customer.company}}.', 'At .'],
    ['unknown stays as written', 'Hi {{customer.nickname}}', 'Hi {{customer.nickname}}'],
    ['no placeholders', 'Plain text?', 'Plain text?'],
  ])('renders %s', (_, body, expected) => {
    expect(renderPlaceholders(body, values)).toBe(expected);
  });

  it.each([
    ['none', 'Hi {{customer.firstName}}', []],
    ['a typo', 'Hi {{customer.frstName}} and {{agent.firstName}}', ['customer.frstName']],
    ['an empty one, listed once', '{{}} and {{ }}', ['']],
  ])('finds unknown placeholders: %s', (_, body, expected) => {
    expect(unknownPlaceholders(body)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { replyEndsWithQuestion } from './question-rule.js';

describe('W7 replyEndsWithQuestion', () => {
  it.each([
    ['a plain question', 'You can invite them under Settings > Team. Did that help?', true],
    ['a statement', 'You can invite them under Settings > Team.', false],
    ['an exclamation', 'It works now!', false],
    ['empty', '', false],
    ['only spaces', '   \n  ', false],
    ['trailing spaces and newlines', 'Was that clear?  \n\n  ', true],
    ['an emoji after the question', 'Does that work for you? 🙂', true],
    ['several emoji with modifiers and joiners', 'Shall we try that? 👍🏽👩‍💻', true],
    ['an emoticon after the question', 'Did that help? :)', true],
    ['an emoji after a statement', 'All fixed 🎉', false],
    ['a question in the middle, statement last', 'Did that help? Let us know.', false],
    ['a question followed by thanks', 'Could you send a screenshot? Thanks!', false],
    ['closing quote after the question', 'Did you click "Save?"', true],
    ['closing parenthesis after the question', 'Try again (did the export finish?)', true],
    ['a signature after the question', 'Did that help?\n\nBest,\nKate\nTandem support', true],
    ['a standard "-- " signature', 'Was that clear?\n-- \nPeyton Brooks\nSupport manager', true],
    ['a signature after a statement', 'That is all for now.\n\nThanks,\nBen', false],
    ['quoted previous message below the question', 'Could you try again?\n\nOn Mon, 3 Nov 2026, Hannah wrote:\n> It does not work.', true],
    ['quoted lines with > below a statement', 'We fixed it.\n\n> Is it fixed yet?', false],
    ['Outlook-style quote header', 'Did that help?\n\n-----Original Message-----\nFrom: Hannah\nIt broke.', true],
    ['a question only inside the quote', 'Thanks for waiting.\nOn Tue, Marcus wrote:\n> Any news?', false],
    ['Windows line endings', 'Does that answer it?\r\n\r\nCheers,\r\nSam\r\n', true],
    ['a full-width question mark', 'これで解決しましたか？', true],
    ['markdown emphasis after the question', 'Is this *working now?*', true],
    ['a question mark in a URL mid-text, statement last', 'See https://example.com/?q=1 for details.', false],
    ['a lone question mark', '?', false],
    ['two question marks alone', '??', false],
    ['an emoji with a question mark', '🙂?', false],
    ['a question mark after an emoji, spaces around', '  👍 ?  ', false],
    ['a lone question mark after a statement', 'We fixed the export. ?', false],
    ['a lone question mark on its own line after a statement', 'We fixed the export.\n\n??', false],
    ['a lone question mark after an exclamation', 'All fixed! ?!?', false],
    ['a lone question mark before the signature', 'We fixed it.\n?\n\nBest,\nKate', false],
    ['numbers only before the question mark', 'We fixed it. 42?', false],
    ['a question with doubled marks', 'Did that help??', true],
    ['a question with ?!', 'Did that really work?!', true],
    ['a one-word question', 'We fixed it. Better?', true],
    ['a Spanish question', 'Lo arreglamos. ¿Funciona ahora?', true],
    ['a question after an abbreviation', 'Open Settings, e.g. the Team tab. Did that help?', true],
  ])('%s', (_, body, expected) => {
    expect(replyEndsWithQuestion(body)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, forbiddenCharacterMessage, stripForbiddenCharacters } from './text.js';

describe('text that can be stored', () => {
  it.each([
    ['plain text', 'Hello, can you help?', null, 'Hello, can you help?'],
    ['tab, line feed and carriage return are kept', 'a\tb\nc\r\nd', null, 'a\tb\nc\r\nd'],
    ['accents, CJK and emoji (surrogate pairs) are kept', 'Grüße 日本語 👍🏽', null, 'Grüße 日本語 👍🏽'],
    ['the empty text', '', null, ''],
    ['NUL', 'a\u0000b', { index: 1, codePoint: 'U+0000' }, 'ab'],
    ['NUL at the start and the end', '\u0000ab\u0000', { index: 0, codePoint: 'U+0000' }, 'ab'],
    [
      'other C0 controls (bell, vertical tab, form feed, escape)',
      'a\u0007b\u000Bc\u000Cd\u001Be',
      { index: 1, codePoint: 'U+0007' },
      'abcde',
    ],
    ['DEL and a C1 control', 'a\u007Fb\u0085c', { index: 1, codePoint: 'U+007F' }, 'abc'],
    ['a lone high surrogate', 'a\uD83Db', { index: 1, codePoint: 'U+D83D' }, 'ab'],
    ['a lone low surrogate after a full pair', '👍\uDC4D!', { index: 2, codePoint: 'U+DC4D' }, '👍!'],
    ['no-break space and U+FFFD are ordinary text', 'a\u00A0b\uFFFD', null, 'a\u00A0b\uFFFD'],
  ])('%s', (_, text, found, stripped) => {
    expect(findForbiddenCharacter(text)).toEqual(found);
    expect(stripForbiddenCharacters(text)).toBe(stripped);
  });

  it('says which field, which character and where', () => {
    expect(forbiddenCharacterMessage('input.body', { index: 4, codePoint: 'U+0000' })).toBe(
      'input.body contains a character that cannot be stored (U+0000 at position 5). Remove it and try again.',
    );
  });
});

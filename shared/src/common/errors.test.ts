import { describe, expect, it } from 'vitest';
import { ErrorCode, errorSentence, FEATURE_ERRORS, isErrorCode } from './errors.js';

describe('error codes, one union from every feature', () => {
  it('no two features define the same code (one would silently hide the other)', () => {
    const codes = FEATURE_ERRORS.flatMap((errors) => Object.keys(errors));
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('every code is its own value and has a sentence that ends like a sentence', () => {
    for (const [code, value] of Object.entries(ErrorCode)) {
      expect(value).toBe(code);
      expect(errorSentence[value]).toMatch(/[.?!"]$/);
    }
  });

  it.each([
    ['a code of a feature', 'TICKET_CLOSED', true],
    ['a common code', 'NOT_FOUND', true],
    ['an unknown code', 'NOPE', false],
    ['a property every object has', 'toString', false],
    ['not a string', 42, false],
  ])('isErrorCode: %s', (_, value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});

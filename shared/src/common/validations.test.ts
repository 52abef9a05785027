import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizeEmail } from './validations.js';

describe('e-mail addresses', () => {
  it.each([
    ['peyton@example.com', true],
    ['  Peyton@Example.COM ', true],
    ['first.last+tag@sub.example.co.uk', true],
    ['no-at-sign.example.com', false],
    ['two@@example.com', false],
    ['spaces in@example.com', false],
    ['nodot@localhost', false],
    [`${'a'.repeat(250)}@example.com`, false],
    // Only addresses mail can be sent to: a mailbox, never a From line or a fragment of one.
    ["o'brien+test=1@mail-1.example.ie", true],
    ['jörg@müller.example', true],
    ['user@xn--mller-kva.example', true],
    ['a<victim@evil.test>', false],
    ['x@evil.test(cmt)', false],
    ['"quoted name"@example.com', false],
    ['victim@evil.test;x', false],
    ['a,b@example.com', false],
    ['x@[192.0.2.1]', false],
    ['x@192.0.2.1', false],
    ['.x@example.com', false],
    ['x.@example.com', false],
    ['x..y@example.com', false],
    ['x@example..com', false],
    ['x@example.com.', false],
    ['x@-example.com', false],
    ['x@example-.com', false],
    ['x@exa_mple.com', false],
    ['x@example.com=', false],
    ['x\u0000@example.com', false],
    [`${'a'.repeat(65)}@example.com`, false],
    [`${'a'.repeat(64)}@example.com`, true],
    [`x@${'a'.repeat(64)}.com`, false],
    ['@example.com', false],
    ['x@', false],
  ])('%s -> %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it('normalizes case and surrounding space', () => {
    expect(normalizeEmail('  Peyton@Example.COM ')).toBe('peyton@example.com');
  });
});

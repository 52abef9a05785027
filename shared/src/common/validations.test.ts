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
  ])('%s -> %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it('normalizes case and surrounding space', () => {
    expect(normalizeEmail('  Peyton@Example.COM ')).toBe('peyton@example.com');
  });
});

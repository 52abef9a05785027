import { describe, expect, it } from 'vitest';
import { checkHighValueThreshold, checkResponseGoal, checkToneGuide, checkWebhookUrl } from './settings-rules.js';

describe('team settings rules', () => {
  it.each([
    [0, false],
    [1, true],
    [240, true],
    [30 * 24 * 60, true],
    [30 * 24 * 60 + 1, false],
    [1.5, false],
  ])('R5 response goal of %s minutes: allowed %s', (minutes, ok) => {
    expect(checkResponseGoal(minutes, 'premium').ok).toBe(ok);
  });

  it.each([
    [-1, false],
    [0, true],
    [50_000, true],
    [2_147_483_648, false],
  ])('F2 high-value threshold of %s cents: allowed %s', (cents, ok) => {
    expect(checkHighValueThreshold(cents).ok).toBe(ok);
  });

  it.each([
    [[{ avoid: 'unfortunately', suggestion: 'Say what you can do.' }], true],
    [[{ avoid: '  ', suggestion: 'x' }], false],
    [[{ avoid: 'as I said', suggestion: '' }], false],
    [[{ avoid: 'x'.repeat(201), suggestion: 'y' }], false],
    [Array.from({ length: 101 }, (_, i) => ({ avoid: `p${i}`, suggestion: 's' })), false],
  ])('V1 tone guide %#: allowed %s', (phrases, ok) => {
    expect(checkToneGuide(phrases).ok).toBe(ok);
  });

  it.each([
    ['', true],
    ['https://hooks.slack.com/services/T000/B000/XXXX', true],
    ['http://127.0.0.1:8080/hook', true],
    ['ftp://example.com/hook', false],
    ['hooks.slack.com/services', false],
    ['https://exa mple.com', false],
  ])('W8 webhook %j: allowed %s', (url, ok) => {
    expect(checkWebhookUrl(url).ok).toBe(ok);
  });
});

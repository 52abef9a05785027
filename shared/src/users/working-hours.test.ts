import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, selectableTimeZones } from './time-zones.js';
import { clockMinutes, formatClockMinutes, workingHoursProblem } from './working-hours.js';

describe('workingHoursProblem', () => {
  it.each([
    ['office hours', { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }, null],
    ['a night shift past midnight', { start: '22:00', end: '06:00', days: [7] }, null],
    ['12-hour notation', { start: '9am', end: '17:00', days: [1] }, /HH:MM/],
    ['24:00', { start: '09:00', end: '24:00', days: [1] }, /HH:MM/],
    ['start equals end', { start: '09:00', end: '09:00', days: [1] }, /same time/],
    ['no days', { start: '09:00', end: '17:00', days: [] }, /at least one/],
    ['day 0', { start: '09:00', end: '17:00', days: [0] }, /Monday/],
    ['day 8', { start: '09:00', end: '17:00', days: [8] }, /Monday/],
    ['a day twice', { start: '09:00', end: '17:00', days: [1, 1] }, /once/],
  ])('%s', (_, hours, expected) => {
    const problem = workingHoursProblem(hours);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('reads and writes clock times', () => {
    expect(clockMinutes('07:45')).toBe(465);
    expect(clockMinutes('7:45')).toBeNull();
    expect(formatClockMinutes(465)).toBe('07:45');
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['Mars/Olympus', null],
    ['', null],
    ['x'.repeat(65), null],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it('offers UTC first and every zone it accepts', () => {
    const zones = selectableTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Prague');
    expect(zones.every((z) => canonicalTimeZone(z) !== null)).toBe(true);
  });
});

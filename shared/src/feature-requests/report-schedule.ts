import { TZDate } from '@date-fns/tz';
import { ErrorCode } from '../common/errors.js';
import { LIMITS } from '../common/limits.js';
import { allow, deny, type RuleResult } from '../common/rule.js';

/**
 * FR3: when the report for engineering is compiled: on `dayOfMonth` at midnight in the team's time
 * zone, every `intervalMonths` months counted from January (the default, the 1st of every second
 * month: 1 January, 1 March, 1 May, ...). A day past the month's end means its last day.
 */
export interface FeatureReportSchedule {
  dayOfMonth: number;
  intervalMonths: number;
  timeZone: string;
}

/** A report covers the time from one due date to the next. */
export interface ReportPeriod {
  start: Date;
  end: Date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Midnight (or the first moment after it, where a clock change skips midnight) of that day, in the zone. */
function dueIn(year: number, month: number, schedule: FeatureReportSchedule): Date {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const day = Math.min(schedule.dayOfMonth, daysInMonth(y, m));
  return new Date(new TZDate(y, m, day, 0, 0, 0, 0, schedule.timeZone).getTime());
}

/** Every due date from the latest one at or before `now` backwards (`steps` of them). */
function dueDatesBefore(now: Date, schedule: FeatureReportSchedule): { at: (k: number) => Date; latest: number } {
  const local = new TZDate(now.getTime(), schedule.timeZone);
  // Months since January of year 0 in the zone, rounded down to a due month.
  let index = local.getFullYear() * 12 + local.getMonth();
  index -= index % schedule.intervalMonths;
  const at = (k: number) => {
    const i = index - k * schedule.intervalMonths;
    return dueIn(Math.floor(i / 12), i % 12, schedule);
  };
  return { at, latest: at(0).getTime() <= now.getTime() ? 0 : 1 };
}

/** The latest due date at or before `now`. */
export function latestReportDue(now: Date, schedule: FeatureReportSchedule): Date {
  const dates = dueDatesBefore(now, schedule);
  return dates.at(dates.latest);
}

/** The due date after `now`. */
export function nextReportDue(now: Date, schedule: FeatureReportSchedule): Date {
  const dates = dueDatesBefore(now, schedule);
  return dates.at(dates.latest - 1);
}

/** The period a report due at `end` covers: from the due date before it. */
export function reportPeriodEndingAt(end: Date, schedule: FeatureReportSchedule): ReportPeriod {
  const dates = dueDatesBefore(new Date(end.getTime() - 1), schedule);
  return { start: dates.at(dates.latest), end };
}

/** The period the latest due date closed: what a scheduled report compiled now covers. */
export function latestReportPeriod(now: Date, schedule: FeatureReportSchedule): ReportPeriod {
  return reportPeriodEndingAt(latestReportDue(now, schedule), schedule);
}

/** "1 Oct – 30 Nov 2026": the days a period covers, in the team's time zone. */
export function reportPeriodLabel(period: ReportPeriod, timeZone: string): string {
  const day = (d: Date, withYear: boolean) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone }).format(d);
  const lastDay = new Date(period.end.getTime() - 1);
  const sameYear = new TZDate(period.start.getTime(), timeZone).getFullYear() === new TZDate(lastDay.getTime(), timeZone).getFullYear();
  return `${day(period.start, !sameYear)} – ${day(lastDay, true)}`;
}

/** The schedule's settings: a day of the month, an interval and a report size within bounds. */
export function checkFeatureReportSettings(settings: { dayOfMonth: number; intervalMonths: number; size: number }): RuleResult {
  if (!Number.isInteger(settings.dayOfMonth) || settings.dayOfMonth < 1 || settings.dayOfMonth > 31) {
    return deny(ErrorCode.BAD_USER_INPUT, 'The report’s day is a day of the month, 1 to 31 (31: the last day).');
  }
  if (
    !Number.isInteger(settings.intervalMonths) ||
    settings.intervalMonths < 1 ||
    settings.intervalMonths > LIMITS.feature.reportIntervalMax
  ) {
    return deny(ErrorCode.BAD_USER_INPUT, `Compile the report every 1 to ${LIMITS.feature.reportIntervalMax} months.`);
  }
  if (!Number.isInteger(settings.size) || settings.size < LIMITS.feature.reportSizeMin || settings.size > LIMITS.feature.reportSizeMax) {
    return deny(ErrorCode.BAD_USER_INPUT, `A report lists ${LIMITS.feature.reportSizeMin} to ${LIMITS.feature.reportSizeMax} requests.`);
  }
  return allow;
}

import {
  checkFeatureReportSettings,
  canonicalTimeZone,
  LIMITS,
  nextReportDue,
  reportPeriodEndingAt,
  reportPeriodLabel,
} from '@tandem/shared';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { useNow } from '../../lib/useNow';
import { NumberField } from './FollowUpSettings';
import { reportSchedule, type SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
  onChange: (patch: Partial<SettingsForm>) => void;
}

/**
 * The team's time zone, and FR3: when the feature-request report for engineering is compiled (a day
 * of the month, every N months counted from January, in that zone) and how many requests it lists.
 */
export function FeatureReportSettings({ form, onChange }: Props) {
  const now = useNow(60_000);
  return (
    <fieldset className="stack">
      <legend>Time zone and feature-request report (FR3)</legend>
      <p className="muted small">
        Schedules such as the report count in the team’s time zone: a report is compiled at midnight there on its day, covering the months
        since the one before.
      </p>
      <div className="narrow-select">
        <TimeZoneSelect value={form.timeZone} onChange={(timeZone) => onChange({ timeZone })} />
      </div>
      <div className="row wrap">
        <NumberField
          label="Day of the month"
          hint="1 to 31; 31 means the month’s last day."
          min={1}
          max={31}
          step={1}
          value={form.reportDay}
          onChange={(reportDay) => onChange({ reportDay })}
        />
        <NumberField
          label="Every (months)"
          hint="Counted from January: 2 is January, March, May, …"
          min={1}
          max={LIMITS.feature.reportIntervalMax}
          step={1}
          value={form.reportIntervalMonths}
          onChange={(reportIntervalMonths) => onChange({ reportIntervalMonths })}
        />
        <NumberField
          label="Requests per report"
          hint={`The top ${LIMITS.feature.reportSizeMin} to ${LIMITS.feature.reportSizeMax}, ranked by customers.`}
          min={LIMITS.feature.reportSizeMin}
          max={LIMITS.feature.reportSizeMax}
          step={1}
          value={form.reportSize}
          onChange={(reportSize) => onChange({ reportSize })}
        />
      </div>
      <p role="status" className="next-report">
        {nextReportSentence(form, now)}
      </p>
    </fieldset>
  );
}

/** "Next report: 1 Jan 2027, covering 1 Nov – 31 Dec 2026", as the form stands; while it would not save, why. */
function nextReportSentence(form: SettingsForm, now: Date): string {
  const schedule = reportSchedule(form);
  const timeZone = canonicalTimeZone(form.timeZone);
  if (!schedule || !timeZone) return 'Fill in the schedule to see the next report’s date.';
  const check = checkFeatureReportSettings(schedule);
  if (!check.ok) return check.message;
  const due = nextReportDue(now, { dayOfMonth: schedule.dayOfMonth, intervalMonths: schedule.intervalMonths, timeZone });
  const period = reportPeriodEndingAt(due, { dayOfMonth: schedule.dayOfMonth, intervalMonths: schedule.intervalMonths, timeZone });
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(due);
  return `Next report: ${day}, covering ${reportPeriodLabel(period, timeZone)}.`;
}

import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation, useQuery } from '@apollo/client/react';
import { checkReportNote, featureStatusLabel, featureTagLabel, LIMITS, reasonOf } from '@tandem/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Dialog } from '../../components/Dialog';
import {
  FeatureReportExportQueryDocument,
  FeatureReportPage_ReportFragmentDoc,
  FeatureReportPageQueryDocument,
  PublishFeatureReportMutationDocument,
  SetFeatureReportNoteMutationDocument,
  type FeatureReportEntry_EntryFragment,
  type FeatureReportPage_ReportFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../escalations/format';
import { RankingHeads } from './RankingHeads';
import './feature-requests.css';

/** FR3: one report as a printable page; a draft takes notes and is published, a published one is frozen. */
export function FeatureReportPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(FeatureReportPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p className="page-loading">Loading the report…</p>;
  if (!data?.featureReport) {
    return (
      <section aria-labelledby="page-title" className="stack">
        <h1 id="page-title">Feature request report</h1>
        <p role="alert" className="error">
          {error ? errorMessage(error) : 'This report does not exist.'}
        </p>
        <Link to="/feature-requests/reports">Back to the reports</Link>
      </section>
    );
  }
  return <FeatureReportBody report={data.featureReport} timeZone={data.teamSettings.timeZone} />;
}

/** "2026-12-01": the report's date (the end of its period) in the team's time zone, for file names. */
function reportDate(periodEnd: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(periodEnd),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Hands the text to the browser as a file download. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function FeatureReportBody({ report: from, timeZone }: { report: FragmentType<FeatureReportPage_ReportFragment>; timeZone: string }) {
  const { data: report, complete } = useFragment({
    fragment: FeatureReportPage_ReportFragmentDoc,
    fragmentName: 'FeatureReportPage_report',
    from,
  });
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [publish, publishing] = useMutation(PublishFeatureReportMutationDocument);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  if (!complete) return null;
  const can = report.viewerCan.change;
  const isDraft = report.status === 'DRAFT';

  const exportAs = async (format: 'markdown' | 'csv') => {
    setExportProblem(null);
    try {
      // Fetched fresh: a draft's notes may have changed since the page loaded.
      const { data } = await client.query({
        query: FeatureReportExportQueryDocument,
        variables: { id: report.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      const name = `feature-requests-${reportDate(report.periodEnd, timeZone)}`;
      if (format === 'markdown') download(data.featureReport.markdown, `${name}.md`, 'text/markdown;charset=utf-8');
      else download(data.featureReport.csv, `${name}.csv`, 'text/csv;charset=utf-8');
    } catch (error) {
      setExportProblem(errorMessage(error));
    }
  };
  const confirmPublish = async () => {
    const result = await publish({ variables: { id: report.id } }).catch(() => null);
    if (result?.data) setConfirming(false);
  };

  return (
    <section aria-labelledby="page-title" className="stack feature-report">
      <div className="small no-print">
        <Link to="/feature-requests/reports">← Reports</Link>
      </div>
      <div className="row spread wrap">
        <h1 id="page-title">Feature requests, {report.periodLabel}</h1>
        <div className="row wrap no-print">
          <button type="button" onClick={() => void exportAs('markdown')}>
            Export Markdown
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {isDraft && (
            <button type="button" className="primary" disabled={!can.allowed} onClick={() => setConfirming(true)}>
              Publish…
            </button>
          )}
        </div>
      </div>
      <p className="small reason">
        <span className={isDraft ? 'badge' : 'badge muted-badge'}>{isDraft ? 'Draft' : 'Published'}</span> The top requests (up to{' '}
        {report.size}), compiled {report.compiledBy ? `by ${report.compiledBy.name}` : 'on schedule'} on {formatDateTime(report.compiledAt)}
        {report.publishedAt && (
          <>
            ; published {report.publishedBy ? `by ${report.publishedBy.name} ` : ''}on {formatDateTime(report.publishedAt)}
          </>
        )}
        .
      </p>
      {isDraft && !can.allowed && can.reason && <p className="muted small reason no-print">{can.reason}</p>}
      {exportProblem && (
        <p role="alert" className="error small">
          {exportProblem}
        </p>
      )}
      {report.entries.length === 0 ? (
        <div className="empty-state">
          <p>No open requests were asked for when it was compiled.</p>
        </div>
      ) : (
        <div className="feature-table-wrap">
          <table className="table feature-table" aria-label="Ranked requests">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col">Change</th>
                <RankingHeads />
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {report.entries.map((entry) => (
                <ReportEntryRow key={entry.featureRequestId} entry={entry} reportId={report.id} canNote={isDraft && can.allowed} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="stack" aria-labelledby="report-shipped-title">
        <h2 id="report-shipped-title">Shipped since the last report</h2>
        {report.shipped.length === 0 ? (
          <p className="muted reason">Nothing shipped since the last report.</p>
        ) : (
          <ul aria-label="Shipped since the last report">
            {report.shipped.map((s) => (
              <li key={s.number}>
                <strong>{s.reference}</strong> {s.title}{' '}
                <span className="muted small">
                  shipped {formatDateTime(s.shippedAt)}, {s.customers.toLocaleString()} customer{s.customers === 1 ? '' : 's'} told
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {confirming && (
        <Dialog title="Publish the report?" onClose={() => setConfirming(false)}>
          <p>It is frozen from then on (notes included), and engineering and product are notified. A later change needs a new report.</p>
          {publishing.error && (
            <p role="alert" className="error small">
              {errorMessage(publishing.error)}
            </p>
          )}
          <div className="row">
            <button type="button" className="primary" disabled={publishing.loading} onClick={() => void confirmPublish()}>
              Publish
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** One card as the report froze it (FeatureReportEntry_entry, unmasked: entries have no id of their own). */
function ReportEntryRow({ entry, reportId, canNote }: { entry: FeatureReportEntry_EntryFragment; reportId: string; canNote: boolean }) {
  return (
    <tr className="feature-row">
      <td className="num">{entry.rank}</td>
      <td className={entry.change.kind === 'NEW' ? 'rank-new' : undefined}>{entry.change.label}</td>
      <td className="feature-title-cell">
        <Link to={`/feature-requests/${entry.featureRequestId}`} className="feature-title">
          <span className="muted">{entry.reference}</span> {entry.title}
        </Link>
      </td>
      <td>{featureTagLabel[entry.tag]}</td>
      <td>{featureStatusLabel[entry.status]}</td>
      <td className="num">{entry.customers.toLocaleString()}</td>
      <td className="num">{entry.asks.toLocaleString()}</td>
      <td className="num">{formatMoney(entry.revenueCents)}</td>
      <td className="num">{entry.blockers.toLocaleString()}</td>
      <td className="note-cell">
        {canNote ? <NoteField entry={entry} reportId={reportId} /> : entry.note || <span className="muted">—</span>}
      </td>
    </tr>
  );
}

/** Product's note beside a card while the report is a draft ("planned for Q3"); Enter or Save keeps it. */
function NoteField({ entry, reportId }: { entry: FeatureReportEntry_EntryFragment; reportId: string }) {
  const [note, setNote] = useState(entry.note);
  const [save, saving] = useMutation(SetFeatureReportNoteMutationDocument, {
    // Entries have no id of their own: the report is read again with the note in it.
    refetchQueries: [FeatureReportPageQueryDocument],
    awaitRefetchQueries: true,
  });
  const refusal = reasonOf(checkReportNote(note));
  const changed = note.trim() !== entry.note;
  const submit = () => {
    if (!changed || refusal) return;
    void save({ variables: { reportId, featureRequestId: entry.featureRequestId, note: note.trim() } }).catch(() => undefined);
  };
  return (
    <div className="stack">
      <div className="row">
        <input
          aria-label={`Note for ${entry.reference}`}
          value={note}
          maxLength={LIMITS.feature.noteMax + 1}
          placeholder="Planned for Q3…"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') submit();
            if (e.key === 'Escape') setNote(entry.note);
          }}
        />
        {changed && (
          <button type="button" className="small" disabled={saving.loading || refusal !== null} onClick={submit}>
            Save
          </button>
        )}
      </div>
      {refusal && <span className="small warn-text">{refusal}</span>}
      {saving.error && (
        <span role="alert" className="small error">
          {errorMessage(saving.error)}
        </span>
      )}
    </div>
  );
}

import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { isProduct } from '@tandem/shared';
import { Link, useNavigate } from 'react-router';
import { CompileFeatureReportMutationDocument, FeatureReportsPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useViewer } from '../../lib/viewer';
import './feature-requests.css';

const REPORTS_PAGE_SIZE = 25;

/** FR3: the dated reports for engineering, compiled on schedule or by product now. */
export function FeatureReportsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { data, loading, error, fetchMore, networkStatus } = useQuery(FeatureReportsPageQueryDocument, {
    variables: { first: REPORTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [compile, compiling] = useMutation(CompileFeatureReportMutationDocument, {
    refetchQueries: [FeatureReportsPageQueryDocument],
  });
  const reports = data?.featureReports.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.featureReports.pageInfo;
  const compileNow = async () => {
    const result = await compile().catch(() => null);
    if (result?.data) navigate(`/feature-requests/reports/${result.data.compileFeatureReport.id}`);
  };
  return (
    <section aria-labelledby="page-title" className="stack feature-reports">
      <div className="small">
        <Link to="/feature-requests">← Feature requests</Link>
      </div>
      <div className="row spread">
        <h1 id="page-title">Feature request reports</h1>
        {isProduct(viewer) && (
          <button type="button" className="primary" disabled={compiling.loading} onClick={() => void compileNow()}>
            {compiling.loading ? 'Compiling…' : 'Compile now'}
          </button>
        )}
      </div>
      <p className="muted reason">
        A frozen, dated snapshot of the top requests for engineering, compiled on schedule; product adds notes and publishes it.
      </p>
      {compiling.error && (
        <p role="alert" className="error small">
          {errorMessage(compiling.error)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!loading && !error && reports.length === 0 && (
        <div className="empty-state">
          <p>No reports yet: the first is compiled on the schedule’s next date{isProduct(viewer) ? ', or now with “Compile now”' : ''}.</p>
        </div>
      )}
      {reports.length > 0 && (
        <table className="table feature-table" aria-label="Reports">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Status</th>
              <th scope="col">Compiled</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id} className="feature-row">
                <td>
                  <Link to={`/feature-requests/reports/${report.id}`} className="feature-title">
                    {report.periodLabel}
                  </Link>
                </td>
                <td>
                  <span className={report.status === 'DRAFT' ? 'badge' : 'badge muted-badge'}>
                    {report.status === 'DRAFT' ? 'Draft' : 'Published'}
                  </span>
                </td>
                <td className="small">
                  {report.compiledBy ? `By ${report.compiledBy.name}` : 'On schedule'}
                  <div className="muted">{formatDateTime(report.compiledAt)}</div>
                </td>
                <td className="small">
                  {report.publishedAt ? formatDateTime(report.publishedAt) : <span className="muted">Not yet</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pageInfo?.hasNextPage && (
        <div className="row">
          <button
            type="button"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              fetchMore({
                variables: { after: pageInfo.endCursor },
                // Few reports (six a year): appended here rather than by a cache policy in the first chunk.
                updateQuery: (previous, { fetchMoreResult }) => ({
                  featureReports: {
                    ...fetchMoreResult.featureReports,
                    edges: [...previous.featureReports.edges, ...fetchMoreResult.featureReports.edges],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            {networkStatus === NetworkStatus.fetchMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}

import { FEATURE_STATUSES, type FeatureOrder, type FeatureStatus, featureStatusLabel } from '@tandem/shared';

/** The sort switch, in the order product reads it (FR2). */
export const FEATURE_ORDERS: readonly FeatureOrder[] = ['CUSTOMERS', 'ASKS', 'REVENUE', 'TREND', 'NEWEST'];

export interface StatusView {
  key: string;
  label: string;
  /** Null: the API's default, the requests product still decides on or works on. */
  status: FeatureStatus[] | null;
}

/** The status filter: the open ones by default; shipped, declined and merged cards on request. */
export const FEATURE_STATUS_VIEWS: readonly StatusView[] = [
  { key: 'active', label: 'Open, planned and in progress', status: null },
  ...FEATURE_STATUSES.map((status) => ({
    key: status.toLowerCase(),
    label: featureStatusLabel[status],
    status: [status],
  })),
];

export const FEATURE_PAGE_SIZE = 25;

/** The chart's bars: the top 20 of the ranking. */
export const CHART_SIZE = 20;

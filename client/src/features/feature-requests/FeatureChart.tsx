import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { FeatureOrder } from '@tandem/shared';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { FeatureRequestsChart_FeatureRequestFragment as ChartCard } from '../../gql/graphql';
import { formatMoney } from '../escalations/format';

// Only what a bar chart with a tooltip needs: the rest of chart.js stays out of the chunk.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** What the chart plots in each sort (newest first has no measure of its own: it shows customers). */
function measureOf(order: FeatureOrder): { label: string; of: (card: ChartCard) => number; format: (n: number) => string } {
  const count = (n: number) => n.toLocaleString();
  switch (order) {
    case 'ASKS':
      return { label: 'Tickets that asked', of: (c) => c.askCount, format: count };
    case 'REVENUE':
      return { label: 'Revenue per month', of: (c) => c.revenueCents / 100, format: (n) => formatMoney(n * 100) };
    case 'TREND':
      return { label: 'Asks in the last 30 days minus the 30 before', of: (c) => c.trend, format: (n) => (n > 0 ? `+${n}` : count(n)) };
    case 'CUSTOMERS':
    case 'NEWEST':
      return { label: 'Customers who asked', of: (c) => c.customerCount, format: count };
  }
}

const shortTitle = (title: string) => (title.length > 38 ? `${title.slice(0, 37)}…` : title);

/** The top of the ranking as horizontal bars, in the page's sort; a bar opens its card. */
export function FeatureChart({ cards, order }: { cards: readonly ChartCard[]; order: FeatureOrder }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const navigate = useNavigate();
  const latest = useRef({ cards, navigate });
  latest.current = { cards, navigate };
  const measure = measureOf(order);

  useEffect(() => {
    if (!canvas.current) return;
    const css = getComputedStyle(canvas.current);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [{ data: [], backgroundColor: color('--accent', '#2f6f5e'), borderRadius: 3 }] },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          // Whole numbers: counts have no halves (revenue is in whole dollars).
          x: { ticks: { color: color('--muted', '#5f6661'), precision: 0 }, grid: { color: color('--border', '#dcdad3') } },
          y: { ticks: { color: color('--text', '#1f2421'), autoSkip: false }, grid: { display: false } },
        },
        onClick: (_event, elements) => {
          const card = elements[0] && latest.current.cards[elements[0].index];
          if (card) latest.current.navigate(`/feature-requests/${card.id}`);
        },
        onHover: (event, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    const measure = measureOf(order);
    current.data.labels = cards.map((c) => `${c.reference} ${shortTitle(c.title)}`);
    const dataset = current.data.datasets[0]!;
    dataset.data = cards.map(measure.of);
    dataset.label = measure.label;
    current.options.scales!.x!.ticks!.callback = (value) => measure.format(Number(value));
    current.options.plugins = {
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? `${cards[items[0].dataIndex]?.reference} ${cards[items[0].dataIndex]?.title}` : ''),
          label: (item) => `${measure.label}: ${measure.format(item.parsed.x ?? 0)}`,
        },
      },
    };
    current.update();
  }, [cards, order]);

  const first = cards[0];
  return (
    <figure className="feature-chart" style={{ height: `${Math.max(8, cards.length * 1.6 + 3)}rem` }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Top ${cards.length} by ${measure.label.toLowerCase()}${first ? `: first ${first.reference} ${first.title}, ${measure.format(measure.of(first))}` : ''}`}
      />
    </figure>
  );
}

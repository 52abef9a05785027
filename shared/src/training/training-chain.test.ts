import { describe, expect, it } from 'vitest';
import { buildTrainingChain, type TrainingLinkRecord } from './training-chain.js';

const PEOPLE = ['Peyton', 'Lena', 'Ben', 'Sam', 'Kate', 'Tom', 'Ada'].map((name) => ({ id: name.toLowerCase(), name }));
const link = (
  trainerId: string,
  traineeId: string,
  startedAt: string,
  graduatedAt: string | null,
  endedAt = graduatedAt,
): TrainingLinkRecord => ({
  trainerId,
  traineeId,
  startedAt,
  endedAt,
  graduatedAt,
  note: graduatedAt ? `${traineeId} is ready.` : null,
});

// Peyton trained Lena, Lena trained Ben, Ben trained Sam; Peyton trains Kate now.
const CHAIN = [
  link('ben', 'sam', '2026-01-05T09:00:00Z', '2026-02-02T09:00:00Z'),
  link('peyton', 'lena', '2025-09-01T09:00:00Z', '2025-10-06T09:00:00Z'),
  link('lena', 'ben', '2025-11-03T09:00:00Z', '2025-12-08T09:00:00Z'),
  link('peyton', 'kate', '2026-10-19T09:00:00Z', null),
];

const outline = (links: TrainingLinkRecord[]) =>
  buildTrainingChain(links, PEOPLE).nodes.map(
    (n) => `${'  '.repeat(n.depth)}${n.person.name}${n.training ? ` (${n.training.trainer.name}, ${n.training.status})` : ''}`,
  );

describe('T4 buildTrainingChain: who trained whom, as a forest with dates', () => {
  it('T4: a three-link chain and a current trainee: depths, order by start date, the starts by name', () => {
    expect(outline(CHAIN)).toEqual([
      'Peyton',
      '  Lena (Peyton, GRADUATED)',
      '    Ben (Lena, GRADUATED)',
      '      Sam (Ben, GRADUATED)',
      '  Kate (Peyton, IN_TRAINING)',
    ]);
  });

  it('T4: each link keeps its dates and note; current trainees are the open links only', () => {
    const chain = buildTrainingChain(CHAIN, PEOPLE);
    const [peyton] = chain.roots;
    expect(peyton!.currentTrainees.map((p) => p.name)).toEqual(['Kate']);
    const lena = chain.nodes.find((n) => n.person.id === 'lena')!;
    expect(lena.training).toEqual({
      trainer: { id: 'peyton', name: 'Peyton' },
      startedAt: new Date('2025-09-01T09:00:00Z'),
      endedAt: new Date('2025-10-06T09:00:00Z'),
      graduatedAt: new Date('2025-10-06T09:00:00Z'),
      note: 'lena is ready.',
      status: 'GRADUATED',
    });
    expect(lena.currentTrainees).toEqual([]);
    expect(lena.trained.map((n) => n.person.name)).toEqual(['Ben']);
    expect(chain.nodes.find((n) => n.person.id === 'kate')!.training).toMatchObject({ endedAt: null, graduatedAt: null });
  });

  it('T4: a trainee whose trainer changed sits under the current trainer; the old link is history', () => {
    const links = [
      ...CHAIN,
      link('lena', 'tom', '2026-03-02T09:00:00Z', null, '2026-03-16T09:00:00Z'),
      link('sam', 'tom', '2026-03-16T09:00:00Z', null),
    ];
    expect(outline(links)).toEqual([
      'Peyton',
      '  Lena (Peyton, GRADUATED)',
      '    Ben (Lena, GRADUATED)',
      '      Sam (Ben, GRADUATED)',
      '        Tom (Sam, IN_TRAINING)',
      '  Kate (Peyton, IN_TRAINING)',
    ]);
  });

  it('T4: two separate chains, and nobody for an empty team', () => {
    const links = [...CHAIN, link('ada', 'tom', '2026-04-01T09:00:00Z', '2026-05-01T09:00:00Z')];
    expect(buildTrainingChain(links, PEOPLE).roots.map((r) => r.person.name)).toEqual(['Ada', 'Peyton']);
    expect(buildTrainingChain([], PEOPLE)).toEqual({ roots: [], nodes: [] });
  });

  it('T4: stored links with a loop (the rules refuse one) still show everyone once', () => {
    const loop = [link('lena', 'ben', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), link('ben', 'lena', '2026-03-01T00:00:00Z', null)];
    const { nodes } = buildTrainingChain(loop, PEOPLE);
    expect(nodes.map((n) => `${n.depth} ${n.person.name}`)).toEqual(['0 Ben', '1 Lena']);
  });

  it('T4: dates given as Date objects work the same as ISO text', () => {
    const asDates = CHAIN.map((l) => ({ ...l, startedAt: new Date(l.startedAt) }));
    expect(outline(asDates)).toEqual(outline(CHAIN));
  });
});

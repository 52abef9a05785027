/** One link of the chain as stored: `trainerId` trains (open) or trained `traineeId`. Dates as Date or ISO text. */
export interface TrainingLinkRecord {
  traineeId: string;
  trainerId: string;
  startedAt: Date | string;
  /** When the link closed: at graduation, or when the trainee got another trainer. Null while open. */
  endedAt: Date | string | null;
  graduatedAt: Date | string | null;
  /** The trainer's note on graduating them (T4). */
  note?: string | null;
}

export interface ChainPerson {
  id: string;
  name: string;
}

/** Where a person stands in their latest training. */
export const TrainingStatus = {
  IN_TRAINING: 'IN_TRAINING',
  GRADUATED: 'GRADUATED',
  /** The link ended without a graduation (the trainer was changed): a past link only. */
  ENDED: 'ENDED',
} as const;
export type TrainingStatus = (typeof TrainingStatus)[keyof typeof TrainingStatus];

/** A person's latest training: who trained them, from when, until when. */
export interface ChainTraining {
  trainer: ChainPerson;
  startedAt: Date;
  endedAt: Date | null;
  graduatedAt: Date | null;
  note: string | null;
  status: TrainingStatus;
}

export interface TrainingChainNode {
  person: ChainPerson;
  /** 0 for someone nobody trained (the start of a chain), their trainer's depth + 1 otherwise. */
  depth: number;
  /** Their latest training (open, or the one they graduated from); null at the start of a chain. */
  training: ChainTraining | null;
  /** Everyone whose latest training was with this person, by start date: the next links of the chain. */
  trained: TrainingChainNode[];
  /** The people this person trains now (open links), by start date. */
  currentTrainees: ChainPerson[];
}

export interface TrainingChain {
  /** The people nobody trained, each the start of a chain, by name. */
  roots: TrainingChainNode[];
  /** Every node in display order: each person followed by those they trained (depth first). */
  nodes: TrainingChainNode[];
}

const time = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

function statusOf(link: TrainingLinkRecord): TrainingStatus {
  if (link.endedAt === null) return TrainingStatus.IN_TRAINING;
  return link.graduatedAt !== null ? TrainingStatus.GRADUATED : TrainingStatus.ENDED;
}

/** The link that places a person under a trainer: the open one, else the one that started last. */
function latest(a: TrainingLinkRecord, b: TrainingLinkRecord): TrainingLinkRecord {
  if ((a.endedAt === null) !== (b.endedAt === null)) return a.endedAt === null ? a : b;
  return time(b.startedAt)!.getTime() > time(a.startedAt)!.getTime() ? b : a;
}

const byName = (a: ChainPerson, b: ChainPerson) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/**
 * T4: the training chain as a forest: who trained whom (A trained B, B trained C, ...), with dates,
 * each person's depth and their current trainees. A person trained more than once (their trainer
 * changed) sits under their latest trainer. The rules keep the links free of loops
 * (`checkTrainingLink`); should stored links hold one anyway, its earliest-started link is left out so
 * that everyone still appears once.
 */
export function buildTrainingChain(links: readonly TrainingLinkRecord[], people: readonly ChainPerson[]): TrainingChain {
  const personById = new Map(people.map((p) => [p.id, p]));
  const person = (id: string): ChainPerson => personById.get(id) ?? { id, name: 'Someone who left' };
  const placing = new Map<string, TrainingLinkRecord>();
  const current = new Map<string, TrainingLinkRecord[]>();
  for (const link of links) {
    const before = placing.get(link.traineeId);
    placing.set(link.traineeId, before ? latest(before, link) : link);
    if (link.endedAt === null) current.set(link.trainerId, [...(current.get(link.trainerId) ?? []), link]);
  }
  const inChain = new Set(links.flatMap((l) => [l.traineeId, l.trainerId]));
  const children = new Map<string, string[]>();
  for (const [traineeId, link] of placing) children.set(link.trainerId, [...(children.get(link.trainerId) ?? []), traineeId]);

  const startOf = (id: string) => time(placing.get(id)!.startedAt)!.getTime();
  const nodes: TrainingChainNode[] = [];
  const visited = new Set<string>();
  const visit = (id: string, depth: number): TrainingChainNode => {
    visited.add(id);
    const link = depth === 0 ? undefined : placing.get(id);
    const node: TrainingChainNode = {
      person: person(id),
      depth,
      training: link
        ? {
            trainer: person(link.trainerId),
            startedAt: time(link.startedAt)!,
            endedAt: time(link.endedAt),
            graduatedAt: time(link.graduatedAt),
            note: link.note ?? null,
            status: statusOf(link),
          }
        : null,
      trained: [],
      currentTrainees: (current.get(id) ?? [])
        .slice()
        .sort((a, b) => time(a.startedAt)!.getTime() - time(b.startedAt)!.getTime())
        .map((l) => person(l.traineeId)),
    };
    nodes.push(node);
    const next = (children.get(id) ?? [])
      .filter((child) => !visited.has(child))
      .sort((a, b) => startOf(a) - startOf(b) || byName(person(a), person(b)));
    for (const child of next) node.trained.push(visit(child, depth + 1));
    return node;
  };

  const roots: TrainingChainNode[] = [];
  const starts = [...inChain].filter((id) => !placing.has(id)).sort((a, b) => byName(person(a), person(b)));
  for (const id of starts) roots.push(visit(id, 0));
  // Only people in a loop are left: start each loop at its earliest-started link's trainee.
  for (;;) {
    const left = [...placing.keys()].filter((id) => !visited.has(id)).sort((a, b) => startOf(a) - startOf(b));
    if (left.length === 0) break;
    roots.push(visit(left[0]!, 0));
  }
  return { roots, nodes };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { invalidVariables, type ApiClient, type GraphQLResult } from '../support/api-client.js';
import { createStaff, createTicket, FACTORY_PASSWORD, latestMessageId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
// The client's own operations, where a test sends exactly what the client sends.
import { NotificationsBellMarkReadMutationDocument } from '../../client/src/gql/graphql.js';

/*
 * Boundary inputs to every query, mutation and subscription of the committed schema, over HTTP, as
 * an anonymous person, an agent and a manager. Whatever arrives, the answer is a clear error or
 * data: never HTTP 5xx, never INTERNAL_SERVER_ERROR, never an error-level log line.
 *
 * CI uses a fixed seed; locally every run draws a new one and prints it. Replay a failure with
 *   FUZZ_SEED=<seed> npx vitest run tests/integration/fuzz.test.ts
 * Besides the samples, every run sends each id argument as '' and 'not-a-uuid', each text with a
 * NUL byte and each cursor malformed, among plain values.
 * FUZZ_RUNS sets the samples per operation, person and mode (default 4; wild and mostly plain).
 */
const CI_SEED = 20_261_201;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
console.log(`fuzz seed ${SEED}, ${RUNS} samples per operation (replay: FUZZ_SEED=${SEED} npx vitest run tests/integration/fuzz.test.ts)`);

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'server/schema.graphql'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Boundary values

const LONG = 'a'.repeat(10_001);
const VERY_LONG = 'é'.repeat(200_000);
const BOUNDARY_STRINGS = [
  '',
  ' ',
  ' \t\n\r ',
  LONG,
  VERY_LONG,
  '\u0000',
  'before\u0000after',
  '\u0001\u0007\b\u001b[31m\u007f\u0085',
  '\u200b\u200e\u202e\ufeff\u2028\u2029',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧‍👦 日本語 עברית Ωμέγα',
  '\ud800',
  'x\udfff\ud800y',
  'e\u0301\u0301\u0301\u0301\u0301',
  "' OR 1=1 --",
  '%_\\%',
  '<script>alert(1)</script>',
  '{{customer.name}} {{ nope }}',
  'null',
  '-1',
  '1e309',
  'NaN',
  '@',
  'a@b',
  `${'x'.repeat(300)}@example.com`,
];

/** Malformed and well-formed but unknown ids; the real ones of the database join at run time. */
const BOUNDARY_IDS = [
  '',
  ' ',
  'not-a-uuid',
  '0',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301 ',
  '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}',
  '3f2504e04f8911d39a0c0305e82c3301',
  '3f2504e0-4f89-11d3-9a0c-0305e82c330\u0000',
  '../../etc/passwd',
  LONG,
  '\u0000',
  '👩‍👩‍👧‍👦',
];

/** As the server writes its keyset cursors (server/src/common/connection.ts), with keys of the wrong kind. */
const encodeCursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
const BOUNDARY_CURSORS = [
  '',
  'not-a-cursor',
  '====',
  '\u0000',
  LONG,
  encodeCursor([]),
  encodeCursor(['']),
  encodeCursor(['', '']),
  encodeCursor(['not-a-date', 'not-a-uuid']),
  encodeCursor([-1, 'not-a-uuid']),
  encodeCursor([1e308, -1e308]),
  encodeCursor(['\u0000', '\u0000']),
  encodeCursor(['9999-12-31T23:59:59.999Z', '00000000-0000-0000-0000-000000000000']),
  encodeCursor([0, '2026-01-01T00:00:00Z', 'ffffffff-ffff-ffff-ffff-ffffffffffff']),
  encodeCursor(['x', 'y', 'z', 'w']),
  encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  encodeCursor([1, 'not-a-uuid']),
  encodeCursor(['Ada', 'not-a-uuid']),
  encodeCursor([1, '2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  Buffer.from('{"a":1}').toString('base64url'),
  Buffer.from('[[1],[2]]').toString('base64url'),
];

const BOUNDARY_INTS = [0, 1, -1, 100, 101, -2147483648, 2147483647, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER, 1e21, 1.5, -0];
const BOUNDARY_DATES = [
  '',
  'not a date',
  '2026-13-45T25:61:61Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '2026-12-01',
  '1e12',
];
/** Values of the wrong kind for any argument. */
const WRONG_KIND = [{}, [], 12, 'x', true, { id: 'x' }, [[[]]]];

// Plain values too, so that a sample with one boundary value among sane ones gets past validation.
const string = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('A plain sentence.', 'fuzz@test.example', 'Europe/Berlin', 'https://example.com/hook') },
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

const int = fc.oneof(fc.constantFrom(...BOUNDARY_INTS), fc.integer(), { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) });

/** Real ids (a ticket, a message, a staff member...) make some samples reach deep into the services. */
let realIds: string[] = [];
const id = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_IDS) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...realIds) },
  );

function scalar(name: string, argName: string): fc.Arbitrary<unknown> {
  if (name === 'ID') return id();
  if (name === 'Int') return int;
  if (name === 'Float') return fc.oneof(int, fc.double({ noNaN: true, noDefaultInfinity: true }));
  if (name === 'Boolean') return fc.boolean();
  if (name === 'DateTimeISO')
    return fc.oneof(
      fc.constantFrom(...BOUNDARY_DATES),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      string,
    );
  if (name === 'String' && /^(after|before|cursor)$/.test(argName)) return fc.oneof(fc.constantFrom(...BOUNDARY_CURSORS), string);
  return string;
}

/** A value a person would plausibly send: the background of a sample with one boundary value. */
function plain(type: GraphQLInputType, argName: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plain(type.ofType, argName);
  if (isListType(type)) return fc.array(plain(type.ofType, argName), { minLength: 1, maxLength: 2 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, plain(field.type, field.name)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  switch (type.name) {
    case 'ID':
      return fc.constantFrom(...realIds);
    case 'Int':
    case 'Float':
      return fc.integer({ min: 1, max: 60 });
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.constant(new Date(Date.now() + 3600_000).toISOString());
    default:
      return /^(after|before|cursor)$/.test(argName) ? fc.constant(null) : fc.constantFrom('A plain sentence.', 'fuzz@test.example', 'UTC');
  }
}

/**
 * Any value for an input type. `wild`: boundary contents everywhere, sometimes null or the wrong
 * kind; `mostly plain`: plausible values with a boundary value here and there, so that samples get
 * past validation into the services.
 */
function valueOf(type: GraphQLInputType, argName: string, mode: 'wild' | 'mostly plain'): fc.Arbitrary<unknown> {
  const wild = mode === 'wild';
  if (isNonNullType(type)) {
    const inner = valueOf(type.ofType, argName, mode);
    return wild ? fc.oneof({ weight: 30, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
  }
  let arbitrary: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = valueOf(type.ofType, argName, mode);
    arbitrary = fc.oneof(
      fc.constant([]),
      fc.array(item, { maxLength: 4 }),
      item.map((value) => Array.from({ length: isLeafType(getNamedType(type)) ? 1_000 : 60 }, () => value)),
      item,
    );
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, mode)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
    arbitrary = wild
      ? fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: record.map((value) => ({ ...value, notAField: 'x' })) })
      : record;
  } else if (isEnumType(type)) {
    arbitrary = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'null', type.getValues()[0]!.name.toLowerCase()) },
    );
  } else {
    arbitrary = scalar(type.name, argName);
  }
  if (!wild)
    return isInputObjectType(type) ? arbitrary : fc.oneof({ weight: 4, arbitrary: plain(type, argName) }, { weight: 1, arbitrary });
  return fc.oneof(
    { weight: 30, arbitrary },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_KIND) },
  );
}

// ---------------------------------------------------------------------------------------------
// Operations

/** The fields of the answer, a few levels down (only fields without required arguments). */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!(isObjectType(named) || isInterfaceType(named)) || depth === 0) return '{ __typename }';
  const parts = Object.values(named.getFields())
    .filter((field) => !field.args.some(isRequiredArgument))
    .map((field) => `${field.name} ${selection(field.type, isLeafType(getNamedType(field.type)) ? 0 : depth - 1)}`);
  return `{ __typename ${parts.join(' ')} }`;
}

interface Operation {
  kind: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  document: string;
}

function operation(kind: Operation['kind'], field: GraphQLField<unknown, unknown>): Operation {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`);
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`);
  const document =
    `${kind} Fuzz${variables.length ? `(${variables.join(', ')})` : ''} ` +
    `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field.type, 3)} }`;
  return { kind, field, document };
}

const OPERATIONS: Operation[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => operation('query', field)),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => operation('mutation', field)),
  // Subscriptions belong on the WebSocket; over POST they must still get a clear error.
  ...Object.values(schema.getSubscriptionType()!.getFields()).map((field) => operation('subscription', field)),
];

/** A stable number per operation, so adding one does not change the samples of the others. */
function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (Math.imul(h, 31) + char.charCodeAt(0)) | 0;
  return h;
}

/** Every id and text field of the arguments, through input objects (not into lists of them). */
function leafPaths(type: GraphQLInputType, path: string[]): { path: string[]; type: string }[] {
  if (isNonNullType(type)) return leafPaths(type.ofType, path);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((field) => leafPaths(field.type, [...path, field.name]));
  const named = getNamedType(type);
  if (isListType(type) && !isLeafType(named)) return [];
  return [{ path, type: /^(after|before|cursor)$/.test(path.at(-1)!) ? 'cursor' : named.name }];
}

function withValueAt(base: Record<string, unknown>, path: string[], value: unknown, list: boolean): Record<string, unknown> {
  const copy = structuredClone(base);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[path.at(-1)!] = list ? [value] : value;
  return copy;
}

/**
 * The inputs every run sends, whatever the seed: each id as '' and 'not-a-uuid', each text with a
 * NUL byte, each cursor as garbage and as a key whose id is not a UUID.
 */
const PINNED: Record<string, unknown[]> = {
  ID: ['', 'not-a-uuid'],
  String: ['before\u0000after'],
  cursor: [
    'not-a-cursor',
    encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
    encodeCursor([1, '2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  ],
};

function samples(op: Operation, role: string): Record<string, unknown>[] {
  const args: readonly GraphQLArgument[] = op.field.args;
  if (args.length === 0) return [{}];
  const seed = SEED ^ hash(`${op.kind} ${op.field.name} ${role}`);
  const requiredKeys = args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name);
  const [base] = fc.sample(fc.record(Object.fromEntries(args.map((arg) => [arg.name, plain(arg.type, arg.name)])), { requiredKeys }), {
    seed,
    numRuns: 1,
  });
  const pinned = args.flatMap((arg) =>
    leafPaths(arg.type, [arg.name]).flatMap(({ path, type }) => {
      const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) && path.length === 1;
      return (PINNED[type] ?? []).map((value) => withValueAt(base!, path, value, list));
    }),
  );
  const sampled = (['wild', 'mostly plain'] as const).flatMap((mode) => {
    const record = fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, arg.name, mode)])), {
      requiredKeys: mode === 'wild' ? [] : requiredKeys,
    });
    return fc.sample(record, { seed: mode === 'wild' ? seed : seed + 1, numRuns: RUNS });
  });
  return [...pinned, ...sampled];
}

// ---------------------------------------------------------------------------------------------
// The sweep

function short(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

interface Tally {
  requests: number;
  answeredWithData: number;
  /** Answers whose message suggests names of the schema ("Did you mean ...?"): printed, not failed. */
  suggestions: number;
  codes: Map<string, number>;
}

let server: TestServer;
let realIdsByKind: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ collectErrorLogs: true });
  // The pass condition relies on the collector: make sure it sees what the server logs.
  server.services.log.error('fuzz: the collector works');
  expect(server.errorLogs.map((line) => line.msg)).toEqual(['fuzz: the collector works']);
  server.errorLogs.length = 0;
  const ticket = await createTicket(server);
  const bystander = await createStaff(server);
  const [savedReply] = await server.services.db.query(`SELECT id FROM saved_reply LIMIT 1`);
  const [notification] = await server.services.db.query(`SELECT id FROM notification LIMIT 1`);
  realIdsByKind = {
    ticket: ticket.id,
    message: await latestMessageId(server, ticket.id),
    user: bystander.id,
    ...(savedReply ? { savedReply: savedReply.id } : {}),
    ...(notification ? { notification: notification.id } : {}),
  };
  realIds = Object.values(realIdsByKind);
});
afterAll(() => server?.stop());

/**
 * A session made by the service, as the login mutation makes it, from an address of its own: the
 * anonymous sweep's failing logins throttle 127.0.0.1, and a person must still be able to sign in.
 */
async function signedIn(email: string): Promise<ApiClient> {
  const { token } = await server.services.auth.login(email, FACTORY_PASSWORD, { ip: '192.0.2.1', userAgent: 'fuzz' }, null);
  const client = server.client();
  client.cookie = `tandem_session=${token}`;
  return client;
}

async function sweep(role: string, signIn: () => Promise<ApiClient>): Promise<void> {
  let client = await signIn();
  /** Findings grouped by operation and what went wrong, with the first input that showed it. */
  const failures = new Map<string, { count: number; example: string }>();
  const fail = (key: string, example: string) => {
    const known = failures.get(key);
    if (known) known.count++;
    else failures.set(key, { count: 1, example });
  };
  const tally: Tally = { requests: 0, answeredWithData: 0, suggestions: 0, codes: new Map() };
  for (const op of OPERATIONS) {
    for (const variables of samples(op, role)) {
      const logsBefore = server.errorLogs.length;
      const body = JSON.stringify({ query: op.document, variables });
      let result: GraphQLResult;
      try {
        result = await client.post(body);
      } catch (error) {
        fail(`${op.kind} ${op.field.name}: request failed: ${String(error)}`, short(variables));
        continue;
      }
      // pino-http writes its line when the response has finished: give it that moment.
      await new Promise((resolve) => setImmediate(resolve));
      tally.requests++;
      if (result.data && Object.values(result.data).some((value) => value !== null)) tally.answeredWithData++;
      if (result.errors?.some((error) => /did you mean/i.test(error.message))) tally.suggestions++;
      for (const error of result.errors ?? []) {
        const code = String(error.extensions?.code ?? `HTTP ${result.status}`);
        tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
      }
      const internal = (result.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      const logs = server.errorLogs.slice(logsBefore);
      if (result.status >= 500 || internal.length > 0 || logs.length > 0) {
        const logText = logs.map((line) => {
          const err = line.err as { message?: string } | undefined;
          return `${String(line.msg)}${err?.message ? `: ${err.message.slice(0, 200)}` : ''}`;
        });
        const answer = short(result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })));
        fail(
          `${op.kind} ${op.field.name}: HTTP ${result.status}${internal.length ? ' INTERNAL_SERVER_ERROR' : ''}; error log: ${logText.join(' | ') || 'none'}`,
          `${short(variables)}\n      answer: ${answer}`,
        );
      }
      // A sample that ended the session (logout, a password change...): sign in again.
      if (role !== 'anonymous person' && client.cookie === null) client = await signIn();
    }
  }
  console.log(
    `[${role}] ${tally.requests} requests, ${tally.answeredWithData} answered with data, ${tally.suggestions} with "Did you mean"; errors by code: ` +
      [...tally.codes].map(([code, n]) => `${code} ${n}`).join(', '),
  );
  const report = [...failures].map(([key, { count, example }]) => `${key} (${count}×)\n      first input: ${example}`);
  expect(report, `${failures.size} kinds of server error (seed ${SEED}):\n${report.join('\n')}\n`).toEqual([]);
}

describe(`boundary inputs to every operation of the schema (seed ${SEED})`, () => {
  it('[anonymous person] sends empty, huge, control-character and malformed inputs to every operation: never a server error', async () => {
    await sweep('anonymous person', async () => server.client());
  }, 120_000);

  it('[agent] sends empty, huge, control-character and malformed inputs to every operation: never a server error', async () => {
    const agent = await createStaff(server, { roles: ['AGENT'] });
    await sweep('agent', () => signedIn(agent.email));
  }, 120_000);

  it('[manager] sends empty, huge, control-character and malformed inputs to every operation: never a server error', async () => {
    const manager = await createStaff(server, { roles: ['MANAGER', 'AGENT'] });
    await sweep('manager', () => signedIn(manager.email));
  }, 120_000);
});

describe('what the fuzz test found', () => {
  it('[another client] sends more than 50 bad values in one variable: BAD_USER_INPUT with HTTP 400, no error logged', async () => {
    const logsBefore = server.errorLogs.length;
    const result = await server
      .client()
      .request(NotificationsBellMarkReadMutationDocument, invalidVariables({ ids: Array.from({ length: 60 }, () => null) }));
    expect(result.status).toBe(400);
    expect(result.errors!.length).toBeGreaterThan(50);
    expect(result.errors!.map((error) => error.extensions?.code)).toEqual(result.errors!.map(() => 'BAD_USER_INPUT'));
    expect(result.errors!.at(-1)!.message).toMatch(/too many errors/i);
    expect(server.errorLogs.slice(logsBefore)).toEqual([]);
  });
});

import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * The GraphQL-over-HTTP conformance audits that ship with `graphql-http`, against the real server.
 * Every MUST passes. Every SHOULD and MAY passes too, except the ones we refuse on purpose, listed
 * below with the reason; a listed audit that starts passing fails its test, so the list stays true.
 */

const CSRF =
  'CSRF prevention (Apollo csrfPrevention): a GET without a content-type of application/json or an ' +
  'apollo-require-preflight / x-apollo-operation-name header is refused with 400, so that a page on ' +
  'another site cannot run an operation with the session cookie through a plain link, image or form';
const STATUS_400 =
  'Apollo Server answers request errors (parse, validation, variable coercion) with HTTP 400 for ' +
  'application/json as well; our clients and tests rely on it (a bad request never looks like a success)';

/** Audits the server fails on purpose (audit id: why). None of them is a MUST. */
const DELIBERATE_REFUSALS: Record<string, string> = {
  '5A70': CSRF, // MAY accept application/x-www-form-urlencoded formatted GET requests
  D6D5: CSRF, // MAY allow URL-encoded JSON string {variables} parameter in GETs (application/graphql-response+json)
  '6A70': CSRF, // MAY allow URL-encoded JSON string {variables} parameter in GETs (application/json)
  '572B': STATUS_400, // SHOULD use 200 status code on document parsing failure when accepting application/json
  FDE2: STATUS_400, // SHOULD use 200 status code on document validation failure when accepting application/json
  '7B9B': STATUS_400, // SHOULD use a status code of 200 on variable coercion failure when accepting application/json
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ collectErrorLogs: true });
});
afterAll(() => server?.stop());

const audits = serverAudits({ url: () => `${server.url}/graphql` });

async function outcome(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return 'ok';
  const body = await result.response.text().catch(() => '');
  return `${result.status}: ${result.reason} (HTTP ${result.response.status} ${body.slice(0, 300)})`;
}

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('[maintainer] no MUST audit is on the list of deliberate refusals', () => {
    const refusedMusts = audits.filter((a) => a.id in DELIBERATE_REFUSALS && a.name.startsWith('MUST'));
    expect(refusedMusts.map((a) => `${a.id} ${a.name}`)).toEqual([]);
    expect(
      Object.keys(DELIBERATE_REFUSALS).filter((id) => !audits.some((a) => a.id === id)),
      'refusals of audits that no longer exist',
    ).toEqual([]);
  });

  for (const audit of audits) {
    const refusal = DELIBERATE_REFUSALS[audit.id];
    if (refusal) {
      it(`[another client] ${audit.name} (${audit.id}): refused on purpose`, async () => {
        const result = await audit.fn();
        expect(result.status, `still refused (${refusal}); when it passes, drop it from DELIBERATE_REFUSALS`).not.toBe('ok');
      });
    } else {
      it(`[another client] ${audit.name} (${audit.id})`, async () => {
        expect(await outcome(await audit.fn())).toBe('ok');
      });
    }
  }

  it('[another client] after every audit request: no error-level log line on the server', () => {
    expect(server.errorLogs.map((line) => line.msg)).toEqual([]);
  });
});

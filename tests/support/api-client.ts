import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';

export interface GraphQLResult<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  headers: Headers;
}

/** GraphQL over real HTTP with a cookie jar of one session cookie, as a browser would. */
export class ApiClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
    return this.post<T>(JSON.stringify({ query, variables }), headers);
  }

  async post<T = any>(body: string, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body,
    });
    this.remember(response);
    const text = await response.text();
    let json: { data?: T; errors?: GraphQLResult['errors'] } = {};
    try {
      json = JSON.parse(text);
    } catch {
      json = { errors: [{ message: text }] };
    }
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  /** Keeps the session cookie the server sets, and forgets it when the server clears it. */
  remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair!.split('=');
      if (name !== 'tandem_session') continue;
      this.cookie = value && !/expires=Thu, 01 Jan 1970/i.test(header) ? `${name}=${value}` : null;
    }
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    const result = await this.request(`mutation ($input: LoginInput!) { login(input: $input) { id } }`, {
      input: { email, password },
    });
    expect(result.errors, `sign in as ${email}`).toBeUndefined();
  }

  /** Sends the query and returns `data`, failing the test on any error. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    expect(result.errors, 'GraphQL errors').toBeUndefined();
    return result.data as T;
  }
}

/** The `extensions.code` of the first error (or undefined when there was none). */
export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

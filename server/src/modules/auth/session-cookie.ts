import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'tandem_session';

/** The session token a request (HTTP or WebSocket upgrade) carries, if any. */
export function readSessionToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parseCookie(header)[SESSION_COOKIE] ?? null;
}

function cookieOptions(req: Request) {
  // Secure whenever the request came over HTTPS (behind a proxy: with TRUST_PROXY=true).
  return { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

import { timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import { type FeatureStatus, featureStatusLabel, stripForbiddenCharacters } from '@tandem/shared';
import { DomainError } from '../common/domain-error.js';
import { ensureStorableFields } from '../common/storable-input.js';
import { escapeHtml, textToHtml } from '../modules/mail/mail-text.js';
import { RejectedMail } from '../modules/mail/inbound.service.js';
import { submitWebForm } from '../modules/tickets/web-form.js';
import type { AppServices } from '../common/app-services.js';
import type { WebFormDeps } from '../modules/tickets/web-form.js';

export type CustomerRouteDeps = Pick<AppServices, 'config' | 'links' | 'inbound' | 'log' | 'customerMessageRecorder' | 'db'> & WebFormDeps;

// A 1x1 transparent GIF: the tracking image of reply mails.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * What customers reach without an account, served as small pages without the staff client: the
 * web form (/help), their private ticket page (read and answer), the seen pixel of reply mails;
 * and the inbound-mail webhook for mail providers.
 */
export function mountCustomerRoutes(app: Express, services: CustomerRouteDeps): void {
  const { config, links, inbound, log } = services;
  // The pages have their styles inline and no scripts at all; forms post to themselves only.
  const pageHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.use(['/help', '/c/'], pageHeaders);

  app.post('/inbound/mail', express.raw({ type: () => true, limit: config.maxMessageBytes }), async (req, res) => {
    if (!config.inboundWebhookSecret || !hasSecret(req, config.inboundWebhookSecret)) {
      res
        .status(config.inboundWebhookSecret ? 401 : 404)
        .json({ error: config.inboundWebhookSecret ? 'wrong or missing secret' : 'not enabled' });
      return;
    }
    try {
      const recipients = String(req.headers['x-envelope-to'] ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const received = await inbound.receiveRaw(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), recipients);
      res
        .status(received.duplicate || received.ignored ? 200 : 201)
        .json({ status: received.ignored ? 'ignored' : received.duplicate ? 'duplicate' : 'accepted' });
    } catch (error) {
      if (!(error instanceof RejectedMail)) throw error;
      log.warn({ err: error }, 'inbound mail refused');
      res.status(error.smtpCode === 552 ? 413 : 422).json({ error: error.message });
    }
  });

  app.get('/help', (_req, res) => sendPage(res, 200, 'Contact support', helpFormHtml({}, null)));

  app.post('/help', express.urlencoded({ extended: false, limit: '100kb' }), async (req: Request, res: Response) => {
    const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string) : '');
    const form = {
      name: field('name'),
      email: field('email'),
      company: field('company'),
      subject: field('subject'),
      message: field('message'),
    };
    try {
      ensureStorableFields(form, HELP_FORM_LABELS);
      const { reference } = await submitWebForm(
        services,
        { ...form, company: form.company.trim() || null },
        req.ip ?? 'unknown',
        req.get('user-agent') ?? null,
      );
      sendPage(
        res,
        200,
        'Thank you',
        `<h1>Thank you</h1>
<p role="status">We have your message (reference <strong>${escapeHtml(reference)}</strong>) and will answer by e-mail.</p>
<p><a href="/help">Write another message</a></p>`,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The form comes back as it was sent, less what could never be stored.
      const shown = Object.fromEntries(Object.entries(form).map(([name, value]) => [name, stripForbiddenCharacters(value)]));
      sendPage(res, error.code === 'RATE_LIMITED' ? 429 : 400, 'Contact support', helpFormHtml(shown, error.message));
    }
  });

  app.get('/c/:token/seen.gif', async (req, res) => {
    const link = await links.resolve(req.params.token!);
    if (link?.messageId) await services.customerMessageRecorder.markReplySeen(link.ticketId, link.messageId);
    res.set({ 'content-type': 'image/gif', 'cache-control': 'no-store' }).send(PIXEL);
  });

  app.get('/c/:token', async (req, res) => {
    const link = await links.resolve(req.params.token!);
    if (!link) return void sendPage(res, 404, 'Link no longer valid', expiredHtml(config.supportAddress));
    // Opening the link is seeing the reply whose mail carried it (W9/F3), not a later one: the
    // page shows the whole conversation, but a later reply counts as seen through its own mail.
    if (link.messageId) await services.customerMessageRecorder.markReplySeen(link.ticketId, link.messageId);
    sendPage(res, 200, 'Your conversation', await conversationHtml(services, link.ticketId, req.query.sent === '1', null));
  });

  app.post('/c/:token', express.urlencoded({ extended: false, limit: '100kb' }), async (req: Request, res: Response) => {
    const token = String(req.params.token);
    const text = typeof req.body?.message === 'string' ? req.body.message : '';
    try {
      ensureStorableFields({ message: text }, { message: 'Your answer' });
      await inbound.receiveFromLink(token, text, req.get('user-agent') ?? null);
      res.redirect(303, `/c/${encodeURIComponent(token)}?sent=1`);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const link = await links.resolve(token);
      if (!link) return void sendPage(res, 404, 'Link no longer valid', expiredHtml(config.supportAddress));
      sendPage(
        res,
        400,
        'Your conversation',
        await conversationHtml(services, link.ticketId, false, error.message, stripForbiddenCharacters(text)),
      );
    }
  });
}

function hasSecret(req: Request, secret: string): boolean {
  const given = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

async function conversationHtml(
  services: Pick<AppServices, 'db'>,
  ticketId: string,
  sent: boolean,
  error: string | null,
  draft = '',
): Promise<string> {
  const [ticket] = await services.db.query(
    `SELECT t.number, t.subject, t.status, c.name AS customer FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE t.id = $1`,
    [ticketId],
  );
  // Only what the customer and the team wrote to each other: never notes, drafts or events.
  const messages: { kind: string; body: string; created_at: Date; author: string | null }[] = await services.db.query(
    `SELECT m.kind, m.body, m.created_at, u.name AS author FROM ticket_message m LEFT JOIN app_user u ON u.id = m.author_id
      WHERE m.ticket_id = $1 AND m.kind IN ('CUSTOMER','REPLY') ORDER BY m.id`,
    [ticketId],
  );
  const items = messages
    .map(
      (m) => `<li class="${m.kind === 'CUSTOMER' ? 'you' : 'us'}">
  <p class="meta"><strong>${escapeHtml(m.kind === 'CUSTOMER' ? 'You' : (m.author ?? 'Support'))}</strong> · ${WHEN.format(m.created_at)} UTC</p>
  ${textToHtml(m.body)}
</li>`,
    )
    .join('\n');
  return `<h1>${escapeHtml(ticket.subject)} <span class="muted">#${ticket.number}</span></h1>
<ol class="conversation" aria-label="Conversation">${items}</ol>
${await featureRequestsHtml(services, ticketId)}
${sent ? '<p role="status" class="ok">Thank you, we have your message. We will answer by e-mail.</p>' : ''}
<form method="post">
  <label for="message">Your answer</label>
  <textarea id="message" name="message" rows="6" required maxlength="20000">${escapeHtml(draft)}</textarea>
  ${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
  <button type="submit">Send</button>
</form>`;
}

/**
 * The feature requests this customer asked for, on any of their tickets, and where each stands
 * ("Dark mode: planned"). An ask counts for the card it was merged into, so a merged card is named
 * with that one; each request is listed once, by the latest ask.
 */
async function featureRequestsHtml(services: Pick<AppServices, 'db'>, ticketId: string): Promise<string> {
  const rows: { asked_title: string; merged: boolean; title: string; status: FeatureStatus }[] = await services.db.query(
    `SELECT asked_title, merged, title, status FROM (
       SELECT DISTINCT ON (f.id) o.title AS asked_title, o.id <> f.id AS merged, f.title, f.status, a.linked_at
         FROM feature_ask a
         JOIN feature_request f ON f.id = a.feature_request_id
         JOIN feature_request o ON o.id = a.original_feature_request_id
        WHERE a.customer_id = (SELECT customer_id FROM ticket WHERE id = $1)
        ORDER BY f.id, (o.id = f.id) DESC, a.linked_at DESC
     ) asked ORDER BY linked_at DESC LIMIT 50`,
    [ticketId],
  );
  if (rows.length === 0) return '';
  const items = rows
    .map((row) => {
      const status = featureStatusLabel[row.status].toLowerCase();
      return row.merged
        ? `<li>${escapeHtml(row.asked_title)}: merged into ${escapeHtml(row.title)}, ${status}</li>`
        : `<li>${escapeHtml(row.title)}: ${status}</li>`;
    })
    .join('\n');
  return `<section class="requests" aria-labelledby="requests-title">
  <h2 id="requests-title">What you asked us to build</h2>
  <ul>${items}</ul>
</section>`;
}

const HELP_FORM_LABELS = { name: 'Your name', email: 'E-mail', company: 'Company', subject: 'Subject', message: 'Message' };

function helpFormHtml(values: Record<string, string>, error: string | null): string {
  const input = (name: string, label: string, attributes: string) =>
    `<label for="${name}">${label}</label>
  <input id="${name}" name="${name}" ${attributes} value="${escapeHtml(values[name] ?? '')}">`;
  return `<h1>Contact support</h1>
<p class="muted">Tell us what you need; a person on our team answers by e-mail.</p>
<form method="post" class="stack">
  ${input('name', 'Your name', 'required maxlength="200" autocomplete="name"')}
  ${input('email', 'E-mail', 'type="email" required maxlength="254" autocomplete="email"')}
  ${input('company', 'Company (optional)', 'maxlength="200" autocomplete="organization"')}
  ${input('subject', 'Subject', 'required maxlength="300"')}
  <label for="message">Message</label>
  <textarea id="message" name="message" rows="7" required maxlength="20000">${escapeHtml(values.message ?? '')}</textarea>
  ${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
  <button type="submit">Send</button>
</form>`;
}

function expiredHtml(supportAddress: string): string {
  return `<h1>This link is no longer valid</h1>
<p>It may have been replaced by a newer one. Open the latest e-mail from us, or write to
<a href="mailto:${escapeHtml(supportAddress)}">${escapeHtml(supportAddress)}</a>.</p>`;
}

function sendPage(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' })
    .type('html')
    .send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f5f2; color: #1f2421; }
  main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.4rem; } .muted { color: #5f6661; font-weight: normal; }
  .conversation { list-style: none; padding: 0; display: grid; gap: .75rem; }
  .conversation li { background: #fff; border: 1px solid #dcdad3; border-radius: 8px; padding: .75rem 1rem; }
  .conversation li.us { border-left: 4px solid #2f6f5e; } .conversation li.you { border-left: 4px solid #e0794f; }
  .meta { margin: 0 0 .25rem; font-size: .9rem; color: #5f6661; }
  label { display: block; font-weight: 600; margin-bottom: .25rem; }
  textarea, input { width: 100%; font: inherit; box-sizing: border-box; padding: .4rem; margin-bottom: .6rem; }
  button { margin-top: .5rem; font: inherit; padding: .45rem 1rem; border-radius: 8px; border: 0; background: #2f6f5e; color: #fff; }
  .error { color: #b3261e; } .ok { color: #2f6f5e; font-weight: 600; }
  .requests { background: #fff; border: 1px solid #dcdad3; border-radius: 8px; padding: .25rem 1rem; margin-bottom: 1rem; }
  .requests h2 { font-size: 1.05rem; margin: .5rem 0; } .requests ul { margin: 0 0 .5rem; padding-left: 1.25rem; }
</style>
</head>
<body><main>
${body}
</main></body>
</html>`);
}

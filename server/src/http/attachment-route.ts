import type { Express } from 'express';
import { isUuid } from '../db/errors.js';
import { readSessionToken } from '../modules/auth/session-cookie.js';
import type { AppServices } from '../common/app-services.js';

export type AttachmentRouteDeps = Pick<AppServices, 'auth' | 'db'>;

/**
 * Staff download an attachment of a customer's mail. Always as a download, never rendered in the
 * page (a customer's HTML or SVG must not run with a staff member's session).
 */
export function mountAttachmentRoute(app: Express, services: AttachmentRouteDeps): void {
  app.get('/attachments/:id', async (req, res) => {
    const token = readSessionToken(req);
    const viewer = token ? await services.auth.resolveSession(token) : null;
    if (!viewer) return void res.status(401).type('text').send('Sign in to download attachments.');
    const id = String(req.params.id);
    const [row] = isUuid(id)
      ? await services.db.query(`SELECT filename, content_type, content FROM message_attachment WHERE id = $1`, [id])
      : [];
    if (!row) return void res.status(404).type('text').send('There is no such attachment.');
    res
      .set({
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      })
      .send(row.content);
  });
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the procedure needs on every install, demo team or not: "ask for more information" replies
 * (W4), the follow-up (F1) that one-click and automatic follow-ups send, and a tone guide (V1) that
 * also catches the common corporate phrases. All of it is ordinary, editable team content. Written
 * out here (not imported) so that this migration does tomorrow what it does today.
 */
const STARTER_REPLIES = [
  {
    title: 'Ask for steps to reproduce',
    category: 'ASK_FOR_INFO',
    body: 'Hi {{customer.firstName}}, thanks for letting us know! So that our engineers can see exactly what you see, could you list the steps that lead to the problem, and what you expected to happen instead?',
  },
  {
    title: 'Ask for a screenshot and browser',
    category: 'ASK_FOR_INFO',
    body: 'Hi {{customer.firstName}}, I want to make sure I get this right for you. Could you send a screenshot of the page, and tell me which browser and operating system you are using?',
  },
  {
    title: 'Checking in',
    category: 'FOLLOW_UP',
    body: 'Hi {{customer.firstName}}, I wanted to check in on ticket #{{ticket.number}}. Did my last answer solve it for you?',
  },
];

const OLD_TONE_GUIDE = [
  { avoid: "I don't understand", suggestion: 'Ask for what you need: "Could you tell me a bit more about …?" (W4)' },
  { avoid: 'unfortunately', suggestion: 'Say what you can do: "Here is what we can do …"' },
  { avoid: 'as I said', suggestion: '"To recap, …"' },
  { avoid: 'you should have', suggestion: '"Next time, you can …"' },
  { avoid: 'calm down', suggestion: '"I understand how frustrating this is."' },
  { avoid: 'not possible', suggestion: 'Offer the closest thing that works: "What we can do is …"' },
  { avoid: 'per our policy', suggestion: 'Explain the reason in plain words.' },
];

const CORPORATE_PHRASES = [
  { avoid: 'Dear customer', suggestion: 'Use their name: "Hi {{customer.firstName}},"' },
  { avoid: 'we apologize for any inconvenience', suggestion: 'Say what went wrong and what you did: "Sorry about that: I have …"' },
  { avoid: 'do not hesitate to contact', suggestion: 'End with a direct question instead (W7): "Did that help?"' },
  { avoid: "don't hesitate to contact", suggestion: 'End with a direct question instead (W7): "Did that help?"' },
  { avoid: 'as per', suggestion: '"As we discussed, …" or just say it.' },
  { avoid: 'kindly', suggestion: '"Could you …, please?"' },
];

const NEW_TONE_GUIDE = [...OLD_TONE_GUIDE, ...CORPORATE_PHRASES];

const json = (value: unknown) => `'${JSON.stringify(value).replaceAll("'", "''")}'::jsonb`;

export class StarterContent1795305600005 implements MigrationInterface {
  name = 'StarterContent1795305600005';

  async up(db: QueryRunner): Promise<void> {
    // A category the library already has keeps the team's own replies; an empty one gets the starters.
    const present: { category: string }[] = await db.query(`SELECT DISTINCT category FROM saved_reply WHERE status = 'ACTIVE'`);
    const taken = new Set(present.map((row) => row.category));
    for (const reply of STARTER_REPLIES.filter((r) => !taken.has(r.category))) {
      await db.query(`INSERT INTO saved_reply (title, body, category, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`, [
        reply.title,
        reply.body,
        reply.category,
      ]);
    }
    await db.query(`
      UPDATE team_settings SET follow_up_saved_reply_id = (
        SELECT id FROM saved_reply WHERE category = 'FOLLOW_UP' AND status = 'ACTIVE' ORDER BY usage_count DESC, created_at LIMIT 1)
      WHERE follow_up_saved_reply_id IS NULL`);
    // A team that never edited its guide gets the longer default; an edited guide stays as the team wrote it.
    await db.query(`ALTER TABLE team_settings ALTER COLUMN tone_guide SET DEFAULT ${json(NEW_TONE_GUIDE)}`);
    await db.query(`UPDATE team_settings SET tone_guide = ${json(NEW_TONE_GUIDE)} WHERE tone_guide = ${json(OLD_TONE_GUIDE)}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE team_settings ALTER COLUMN tone_guide SET DEFAULT ${json(OLD_TONE_GUIDE)}`);
    await db.query(`UPDATE team_settings SET tone_guide = ${json(OLD_TONE_GUIDE)} WHERE tone_guide = ${json(NEW_TONE_GUIDE)}`);
    // Starter replies are team content by now (edited, used, referenced by replies): they stay.
  }
}

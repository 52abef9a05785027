import type { QueueDefinition } from './job-queue.js';

export const TEAM_CHAT_QUEUE = 'team-chat';

export interface TeamChatMessage {
  url: string;
  text: string;
}

/**
 * W8: posts a message to the team's chat (a Slack-compatible incoming webhook). Runs in the
 * background: a down chat service never blocks the agent, and the message is retried.
 */
export function teamChatQueue(retryDelaySeconds: number): QueueDefinition<TeamChatMessage> {
  return {
    name: TEAM_CHAT_QUEUE,
    retryLimit: 10,
    retryDelaySeconds,
    async handle({ url, text }) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the team chat answered ${response.status}`);
    },
  };
}

import { RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../../common/domain-error.js';
import type { AppServices } from '../../common/app-services.js';

export type WebFormDeps = Pick<AppServices, 'intakeLimiter' | 'customerMessageRecorder'>;
import type { SubmitTicketInput } from './dto/ticket.inputs.js';

/** The web form (GraphQL `submitTicket` and the /help page): rate limited per IP address, then a ticket. */
export async function submitWebForm(
  services: WebFormDeps,
  input: SubmitTicketInput,
  ip: string,
  userAgent: string | null = null,
): Promise<{ reference: string }> {
  try {
    await services.intakeLimiter.consume(ip);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.ceil(error.msBeforeNext / 60_000);
    throw new DomainError(
      'RATE_LIMITED',
      `Too many messages from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
  const ticket = await services.customerMessageRecorder.submitFromWebForm(input, userAgent);
  return { reference: `#${ticket.number}` };
}

import { replyEndsWithQuestion, toneHints, type TonePhrase } from '@tandem/shared';

/** W7, live: the same rule the server applies when the reply is sent. */
export function QuestionCheck({ body }: { body: string }) {
  return (
    <span aria-live="polite" className="small">
      {replyEndsWithQuestion(body) ? (
        <span className="approvals-ok">Ends with a question ✓</span>
      ) : (
        <span className="approvals-warn">A reply must end with a question (W7)</span>
      )}
    </span>
  );
}

/** V1: phrases of the team's tone guide found in the text. Warnings, never blocks. */
export function ToneHints({ body, toneGuide }: { body: string; toneGuide: readonly TonePhrase[] }) {
  const hints = toneHints(body, toneGuide);
  if (hints.length === 0) return null;
  return (
    <ul className="approvals-tone-hints small" aria-label="Tone hints">
      {hints.map((hint) => (
        <li key={`${hint.avoid}:${hint.index}`}>
          Instead of “{hint.avoid}”: {hint.suggestion}
        </li>
      ))}
    </ul>
  );
}

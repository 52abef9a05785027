/** The sentence of a change that did not go through. */
export function MutationProblem({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <p role="alert" className="error small">
      {problem}
    </p>
  );
}

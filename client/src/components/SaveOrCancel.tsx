import { MutationProblem } from './MutationProblem';

interface Props {
  /** What the server's rule would refuse, said before Save (Save stays disabled). */
  refusal: string | null;
  mutation: { loading: boolean; problem: string | null; clear: () => void };
  onSave: () => void;
  onCancel: () => void;
}

/** The end of an edit form: what is still wrong, what went wrong, Save and Cancel (which forgets the problem). */
export function SaveOrCancel({ refusal, mutation, onSave, onCancel }: Props) {
  return (
    <>
      {refusal && <p className="reason">{refusal}</p>}
      <MutationProblem problem={mutation.problem} />
      <div className="row">
        <button type="button" className="primary" disabled={mutation.loading || refusal !== null} onClick={onSave}>
          Save
        </button>
        <button
          type="button"
          onClick={() => {
            mutation.clear();
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
    </>
  );
}

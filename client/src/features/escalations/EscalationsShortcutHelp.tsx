import { Dialog } from '../../components/Dialog';

const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous bug'],
  ['Enter or o', 'Open the selected bug'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a bug: Esc', 'Back to the queue'],
];

/** The engineering queue's keyboard shortcuts (`?`). */
export function EscalationsShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}

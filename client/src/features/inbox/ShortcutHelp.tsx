import { Dialog } from '../../components/Dialog';

const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous ticket'],
  ['Enter or o', 'Open the selected ticket'],
  ['c', 'Claim the selected ticket'],
  ['r / n', 'Open the selected ticket to reply / to write a note'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['On a ticket: r', 'Write a reply'],
  ['On a ticket: n', 'Write an internal note'],
  ['On a ticket: Ctrl+Enter', 'Send what you are writing'],
  ['On a ticket: Esc', 'Back to the inbox'],
];

/** The inbox's keyboard shortcuts (`?`). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
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

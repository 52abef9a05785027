/** Under an editor: its text came back from an earlier visit, or this browser cannot keep it. */
export function UnsentTextStatus({ unsent }: { unsent: { isRestored: boolean; isNotKept: boolean } }) {
  if (unsent.isNotKept) {
    return (
      <p role="status" className="small warn-text">
        This browser cannot keep unsent text (private window or full storage): send it before you leave the page.
      </p>
    );
  }
  if (!unsent.isRestored) return null;
  return (
    <p role="status" className="small muted">
      Draft restored.
    </p>
  );
}

// Same shape as the shared placeholder pattern; the capture group keeps placeholders in split()'s result.
const PLACEHOLDER = /(\{\{[^{}]*\}\})/;

/** The text as written, line breaks kept, placeholders marked so they stand out from the prose. */
export function SavedReplyBody({ body }: { body: string }) {
  return (
    <p className="saved-reply-body">
      {body.split(PLACEHOLDER).map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="placeholder">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </p>
  );
}

interface Props {
  title: string;
  comesWith: string;
}

/** A page whose feature has not shipped yet says so plainly instead of showing an empty screen. */
export function NotBuiltPage({ title, comesWith }: Props) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="empty-state">
        <p>
          <strong>This page is not built yet.</strong>
        </p>
        <p>It comes with {comesWith}. Until then there is nothing to do here.</p>
      </div>
    </section>
  );
}

export function NoAccessPage({ title }: { title: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="empty-state">
        <p>Your role does not include this page. Ask an admin if you need it.</p>
      </div>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <div className="empty-state">
        <p>There is no page at this address. Use the navigation on the left.</p>
      </div>
    </section>
  );
}

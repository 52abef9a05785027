import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AppViewerQueryDocument, LoginPageMutationDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginPageMutationDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: AppViewerQueryDocument, data: { viewer: data.login } });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    login({ variables: { input: { email, password } } }).catch(() => undefined);
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title" className="brand">
          <span aria-hidden="true" className="brand-mark" /> Tandem
        </h1>
        <p className="muted">Sign in to take your turn on support.</p>
        <label>
          E-mail
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="small muted">
          A customer? <a href="/help">Contact support</a>
        </p>
      </form>
    </main>
  );
}

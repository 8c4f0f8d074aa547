import { BundleLoadError } from '../shared/api/bundle-load-error';

function toExplanation(error: Error): string {
  return error instanceof BundleLoadError ? error.message : `The data bundle could not be fetched (${error.message}). Check that the app is served over HTTP next to its data/ folder.`;
}

/** The whole-page message when the bundle is missing, corrupt or of another version: never a blank page. */
export function BundleErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <main className="fatal">
      <div className="fatal__card" role="alert">
        <h1 className="fatal__title">Dossier cannot show its data</h1>
        <p className="fatal__message">{toExplanation(error)}</p>
        <h2 className="fatal__subtitle">How to fix it</h2>
        <ol className="fatal__steps">
          <li>
            In the project folder, run <code>npm run extract</code>: it reads the articles in <code>data/articles/</code> and writes the bundle to{' '}
            <code>public/data/</code>.
          </li>
          <li>
            Rebuild and serve the app with <code>npm start</code> (or copy <code>dist/</code>, including its <code>data/</code> folder, to your server).
          </li>
        </ol>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}

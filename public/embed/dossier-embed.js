// Dossier embed helper (copy next to the snippet in README): points the iframe
// at the dashboard with this page's origin as `parentOrigin`, and sizes it from
// the dashboard's `dossier:resize` messages, accepting them only from the
// dashboard's own origin and window.
(function embedDossier() {
  const frame = document.getElementById('dossier');
  const configured = new URL(frame.dataset.dossierSrc, window.location.href);
  // The test harness passes where the dashboard is served (another origin and port); the query stays.
  const override = new URLSearchParams(window.location.search).get('app');
  const src = override ? new URL(configured.search, override) : configured;
  src.searchParams.set('parentOrigin', window.location.origin);
  const dashboardOrigin = src.origin;
  // A log for the test host page only; the snippet runs before the list is parsed, so look it up late.
  function record(event, accepted) {
    const log = document.getElementById('messages');
    if (!log) return;
    const item = document.createElement('li');
    item.dataset.origin = event.origin;
    item.dataset.accepted = String(accepted);
    item.dataset.type = String(event.data && event.data.type);
    item.dataset.height = String(event.data && event.data.height);
    item.textContent = `${accepted ? 'accepted' : 'ignored'} ${item.dataset.type} from ${event.origin}`;
    log.append(item);
  }

  window.addEventListener('message', (event) => {
    const accepted =
      event.origin === dashboardOrigin &&
      event.source === frame.contentWindow &&
      event.data !== null &&
      typeof event.data === 'object' &&
      event.data.type === 'dossier:resize' &&
      Number.isFinite(event.data.height);
    record(event, accepted);
    if (accepted) frame.style.height = `${Math.max(200, Math.ceil(event.data.height))}px`;
  });

  frame.src = src.toString();
})();

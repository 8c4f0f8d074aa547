import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FactsBundle } from '../../schema/bundle';
import { startStaticServer } from '../../scripts/serve-static';
import { APP_MOUNT, builtAppDir, describeInChromium, launchChromium, readBuiltFacts } from './lib/harness';
import type { Browser } from './lib/harness';

function withBrokenFirstEvent(facts: FactsBundle): unknown {
  const [first, ...rest] = facts.events;
  return { ...facts, events: [{ ...first, type: 'picnic' }, ...rest] };
}

describeInChromium('a bad bundle', () => {
  let browser: Browser;
  const dataDirs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a record that breaks the schema', withBrokenFirstEvent, /corrupt \(events\.0\.type: /],
    ['another schema version', (facts: FactsBundle): unknown => ({ ...facts, schemaVersion: 99 }), /schema version 99, but this dashboard reads version 1/],
  ])('shows %s as a message naming the problem', async (_what, spoil, message) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bad-facts-'));
    dataDirs.push(dataDir);
    writeFileSync(join(dataDir, 'facts.json'), JSON.stringify(spoil(readBuiltFacts(builtAppDir()))));
    const server = await startStaticServer({
      host: '127.0.0.1',
      mounts: [
        { path: `${APP_MOUNT}data/`, root: dataDir },
        { path: APP_MOUNT, root: builtAppDir() },
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${APP_MOUNT}`);
      await expect(page.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(message);
    } finally {
      await server.close();
    }
  });
});

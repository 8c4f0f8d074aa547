import { cachedArticleCount, detectCacheFlags, ranIncrementally } from '../../../scripts/bench/cache-flags';
import { classifyChunks } from '../../../scripts/bench/measure-app-size';
import { interactionsFor } from '../../../scripts/bench/measure-dashboard';
import { appendToTail, parseGnuTimeCpuSeconds, parseGnuTimeMaxRss, parseVmHwm } from '../../../scripts/bench/run-extractor';

describe('detectCacheFlags', () => {
  it.each([
    ['usage: --input DIR --output FILE', null],
    ['  --no-cache   ignore the cache', { disable: '--no-cache', directory: null }],
    ['  --cache-dir DIR  where to keep it\n  --no-cache', { disable: '--no-cache', directory: '--cache-dir' }],
    ['  --cache DIR', { disable: null, directory: '--cache' }],
  ])('reads the cache flags from %j', (help, expected) => {
    expect(detectCacheFlags(help)).toEqual(expected);
  });
});

describe('cachedArticleCount', () => {
  it.each([
    ['dossier: 9990 articles (36.8 MB) -> 5 places in 1.20 s (9989 from cache); wrote out/bundle.json', 9989],
    ['dossier: 9990 articles in 1.20 s (9999 from cache), re-merged only what changed; wrote out/bundle.json', 9999],
    ['dossier: 5 articles in 0.2 s; wrote x', null],
  ])('reads the cache count from %j', (line, expected) => {
    expect(cachedArticleCount(line)).toBe(expected);
  });
});

describe('ranIncrementally', () => {
  it.each([
    ['dossier: 9990 articles in 1.20 s (9999 from cache), re-merged only what changed; wrote out/bundle.json', true],
    ['dossier: 9990 articles in 21.20 s (10000 from cache); wrote out/bundle.json', false],
  ])('tells an updated bundle from a full run in %j', (line, expected) => {
    expect(ranIncrementally(line)).toBe(expected);
  });
});

describe('appendToTail', () => {
  it('keeps a line whole when it arrives in chunks that end in whitespace', () => {
    const chunks = ['dossier: 9990 articles in 1.20 s (9989 ', 'from cache); wrote x\n', 'next line\n'];
    const tail = chunks.reduce(appendToTail, '');
    expect(cachedArticleCount(tail)).toBe(9989);
    expect(tail).toBe(chunks.join(''));
  });

  it('keeps only the last 64 KB of a long output', () => {
    expect(appendToTail('x'.repeat(70_000), 'end')).toHaveLength(64 * 1024);
    expect(appendToTail('x'.repeat(70_000), 'end').endsWith('end')).toBe(true);
  });
});

describe('peak memory parsers', () => {
  it('reads GNU time -v and /proc status in bytes', () => {
    expect(parseGnuTimeMaxRss('\tMaximum resident set size (kbytes): 76032\n')).toBe(76032 * 1024);
    expect(parseVmHwm('VmPeak:\t 999 kB\nVmHWM:\t  2048 kB\nVmRSS: 1 kB')).toBe(2048 * 1024);
    expect(parseVmHwm('no such line')).toBeNull();
  });

  it('adds user and system CPU seconds from GNU time -v', () => {
    expect(parseGnuTimeCpuSeconds('\tUser time (seconds): 7.09\n\tSystem time (seconds): 0.97\n')).toBeCloseTo(8.06);
    expect(parseGnuTimeCpuSeconds('')).toBeNull();
  });
});

describe('classifyChunks', () => {
  it('counts the entry and its static imports as initial, dynamic imports as lazy', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/map.tsx'] },
      '_vendor.js': { file: 'assets/vendor.js', imports: [] },
      'src/map.tsx': { file: 'assets/map.js', imports: ['_vendor.js', '_leaflet.js'] },
      '_leaflet.js': { file: 'assets/leaflet.js' },
      'style.css': { file: 'assets/style.css' },
    };
    expect(classifyChunks(manifest)).toEqual({
      initial: ['assets/index.js', 'assets/vendor.js'],
      lazy: ['assets/leaflet.js', 'assets/map.js'],
    });
  });
});

describe('interactionsFor', () => {
  it('selects the most cited place and item of the bundle', () => {
    const facts = {
      places: [{ id: 'delhi', sources: [1] }, { id: 'moscow', sources: [1, 2] }],
      procurement: [{ id: 's-400', sources: [1, 2, 3] }],
    };
    expect(interactionsFor(facts).map((interaction) => interaction.search)).toEqual(['?types=exercise', '?place=moscow', '?item=s-400', '?q=delivery', '']);
  });

  it('keeps the generic interactions when the facts are unreadable', () => {
    expect(interactionsFor(null)).toHaveLength(3);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { preloadFontSubsets } from '../../src/app/preload-font-subsets';

describe('preloadFontSubsets', () => {
  it.each([400, 600, 700])('asks for the Latin Extended face of Inter at weight %i', (weight) => {
    const load = vi.fn(() => Promise.resolve([]));
    preloadFontSubsets({ load });
    expect(load).toHaveBeenCalledWith(`${weight} 1em Inter`, expect.stringMatching(/[₹ğ]/u));
  });

  it('leaves a face that fails to load to the fallback font, without an unhandled rejection', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    expect(() => preloadFontSubsets({ load })).not.toThrow();
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(3);
  });
});

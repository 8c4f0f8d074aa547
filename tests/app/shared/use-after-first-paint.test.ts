import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../../src/shared/ui/use-after-first-paint';

describe('useAfterFirstPaint', () => {
  it('is false while the component mounts and true once a frame has been painted', async () => {
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('is false again when its key changes, until the frame that showed the new key has been painted', async () => {
    const { result, rerender } = renderHook(({ key }) => useAfterFirstPaint(key), { initialProps: { key: 'first' } });
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ key: 'second' });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('stays false when the component unmounts before the frame', () => {
    const { result, unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    expect(result.current).toBe(false);
  });
});

import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../../src/shared/ui/use-after-first-paint';

describe('useAfterFirstPaint', () => {
  it('is false while the component mounts and true once a frame has been painted', async () => {
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('stays false when the component unmounts before the frame', () => {
    const { result, unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    expect(result.current).toBe(false);
  });
});

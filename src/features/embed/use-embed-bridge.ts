/** Placeholder until the embed bridge lands: the app shell can call it now. */
export function useEmbedBridge(): void {
  // Intentionally empty until the bridge lands.
}

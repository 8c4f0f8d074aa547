/**
 * The small, documented message protocol between an embedded dashboard and
 * its host page (see docs/embedding.md). Everything that arrives is validated;
 * anything unknown is ignored.
 */
import { z } from 'zod';
import { EVENT_TYPES, PROCUREMENT_STATUSES } from '../../../schema/bundle';
import type { DashboardState } from '../../shared/state/dashboard-state';

const IsoDayOrNull = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const IdOrNull = z.string().min(1).max(200).nullable();

/** Filters a host may set; omitted keys keep their current value, null clears one. */
export const EmbedFiltersSchema = z
  .object({
    place: IdOrNull,
    event: IdOrNull,
    item: IdOrNull,
    from: IsoDayOrNull,
    to: IsoDayOrNull,
    q: z.string().max(200),
    types: z.array(z.enum(EVENT_TYPES)),
    statuses: z.array(z.enum(PROCUREMENT_STATUSES)),
    categories: z.array(z.string().max(100)),
  })
  .partial()
  .strict();
export type EmbedFilters = z.infer<typeof EmbedFiltersSchema>;

/** Messages the embedded app accepts from its parent origin. */
export const EmbedCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dossier:set-filters'), filters: EmbedFiltersSchema }).strict(),
  z.object({ type: z.literal('dossier:clear-selection') }).strict(),
]);
export type EmbedCommand = z.infer<typeof EmbedCommandSchema>;

/** The message the embedded app posts to its parent whenever its content height changes. */
export interface ResizeMessage {
  type: 'dossier:resize';
  height: number;
}

/** The state after a host's command: filters merged in, or the selection cleared. */
export function applyEmbedCommand(state: DashboardState, command: EmbedCommand): DashboardState {
  if (command.type === 'dossier:clear-selection') return { ...state, place: null, event: null, item: null };
  return { ...state, ...command.filters };
}

/**
 * The origin given by `?parentOrigin=`, or null when it is missing or not a
 * plain http(s) origin: without one the app never posts (it will not
 * broadcast to '*') and accepts no messages.
 */
export function parseParentOrigin(search: string): string | null {
  const raw = new URLSearchParams(search).get('parentOrigin');
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const isPlainOrigin = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw.replace(/\/$/, '');
    return isPlainOrigin ? url.origin : null;
  } catch {
    return null;
  }
}

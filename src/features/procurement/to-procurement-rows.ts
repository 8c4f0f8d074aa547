import { PROCUREMENT_STATUSES } from '../../../schema/bundle';
import type { DateSpan, FactsBundle, Money, FactsProcurementItem, ProcurementStatus, FactsSource } from '../../../schema/bundle';
import { toFactIndex, toReferencedMarks } from '../../shared/filters/fact-index';
import type { DashboardState } from '../../shared/state/dashboard-state';

export interface ProcurementRow {
  id: string;
  name: string;
  category: string;
  supplier: string | null;
  recipient: string | null;
  status: ProcurementStatus;
  value: Money | null;
  valueLabel: string | null;
  delivery: DateSpan | null;
  deliveryLabel: string | null;
  /** Distinct articles that support the item, counting every side of a dispute. */
  corroboration: number;
  disputedFields: string[];
  /** True when the item belongs to the selected place or event. */
  linked: boolean;
}

export type SortKey = 'name' | 'category' | 'route' | 'status' | 'value' | 'delivery' | 'corroboration';
export type SortDirection = 'ascending' | 'descending';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** An ISO 3166 alpha-2 code as a country name ("RU" -> "Russia"); unknown codes stay as written. */
export function toCountryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A delivery span in the words its precision allows: "Q4 2021", "Dec 2021", "2021" or "3 Sep 2020". */
export function toDeliveryLabel(span: Pick<DateSpan, 'start' | 'end' | 'precision'>): string {
  const [year = '', month = '01', day = '01'] = String(span.start).split('-');
  const monthIndex = Number(month) - 1;
  switch (span.precision) {
    case 'year':
      return year;
    case 'quarter':
      return `Q${Math.floor(monthIndex / 3) + 1} ${year}`;
    case 'month':
      return `${MONTHS[monthIndex] ?? month} ${year}`;
    case 'day':
      return span.start === span.end ? `${Number(day)} ${MONTHS[monthIndex] ?? month} ${year}` : `${String(span.start)} – ${String(span.end)}`;
  }
}

const valueFormats = new Map<string, Intl.NumberFormat>();

/** Building an Intl formatter costs far more than using one, and the table formats a value per item on every change. */
function valueFormatFor(currency: string): Intl.NumberFormat {
  let format = valueFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    valueFormats.set(currency, format);
  }
  return format;
}

/** A money amount compactly ("US$5.2B"), falling back to the words it came from for an unknown currency. */
export function toValueLabel(money: Money): string {
  try {
    return valueFormatFor(money.currency).format(money.amount);
  } catch {
    return money.text;
  }
}

function allSourcesOf(item: FactsProcurementItem): FactsSource[] {
  return [...item.sources, ...item.disputes.flatMap((dispute) => dispute.claims.flatMap((claim) => claim.sources))];
}

/** The ids of the items that belong to the selected event, or to the events at the selected place. */
export function toLinkedItemIds(bundle: FactsBundle, selection: Pick<DashboardState, 'place' | 'event'>): Set<string> {
  const index = toFactIndex(bundle);
  const event = selection.event ? index.eventsById.get(selection.event) : undefined;
  const linked = new Set(event?.itemIds);
  if (!selection.place) return linked;
  // A busy place has thousands of events: mark their items by position rather than collect every id in the set.
  const ofPlace = toReferencedMarks(index.eventItemPositions, index.eventPositionsByPlace.get(selection.place) ?? [], bundle.procurement.length);
  bundle.procurement.forEach((item, position) => {
    if (ofPlace[position] === 1) linked.add(item.id);
  });
  return linked;
}

const rowsOfItems = new WeakMap<FactsProcurementItem, Omit<ProcurementRow, 'linked'>>();

/** The display fields of an item, worked out once per item: counting a busy item's articles is not free. */
function toItemRow(item: FactsProcurementItem): Omit<ProcurementRow, 'linked'> {
  let row = rowsOfItems.get(item);
  if (!row) {
    row = describeItem(item);
    rowsOfItems.set(item, row);
  }
  return row;
}

/** One display row per visible item. */
export function toProcurementRows(items: readonly FactsProcurementItem[], linkedIds: ReadonlySet<string>): ProcurementRow[] {
  return items.map((item) => ({ ...toItemRow(item), linked: linkedIds.has(item.id) }));
}

function describeItem(item: FactsProcurementItem): Omit<ProcurementRow, 'linked'> {
  return {
    id: item.id,
    name: item.name,
    category: item.category,
    supplier: toCountryName(item.supplier),
    recipient: toCountryName(item.recipient),
    status: item.status,
    value: item.value,
    valueLabel: item.value ? toValueLabel(item.value) : null,
    delivery: item.expectedDelivery,
    deliveryLabel: item.expectedDelivery ? toDeliveryLabel(item.expectedDelivery) : null,
    corroboration: new Set(allSourcesOf(item).map((source) => source.articleId)).size,
    disputedFields: item.disputes.map((dispute) => dispute.field),
  };
}

type SortValue = string | number | null;

function sortValueOf(row: ProcurementRow, key: SortKey): SortValue {
  switch (key) {
    case 'name':
      return row.name.toLowerCase();
    case 'category':
      return row.category.toLowerCase();
    case 'route':
      return `${row.supplier ?? '~'} ${row.recipient ?? '~'}`;
    case 'status':
      return PROCUREMENT_STATUSES.indexOf(row.status);
    case 'value':
      return row.value?.amount ?? null;
    case 'delivery':
      return row.delivery ? String(row.delivery.start) : null;
    case 'corroboration':
      return row.corroboration;
  }
}

// Numeric collation, so "System 2" sorts before "System 10".
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareSortValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows sorted by one column; rows without a value for it always come last, ties keep name order. */
export function toSortedRows(rows: readonly ProcurementRow[], key: SortKey, direction: SortDirection): ProcurementRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((left, right) => {
    const a = sortValueOf(left, key);
    const b = sortValueOf(right, key);
    if (a === null || b === null) {
      if (a === b) return collator.compare(left.name, right.name);
      return a === null ? 1 : -1;
    }
    return sign * compareSortValues(a, b) || collator.compare(left.name, right.name);
  });
}

/** The categories present in the bundle, sorted, for the category filter. */
export function toCategories(bundle: FactsBundle): string[] {
  return [...new Set(bundle.procurement.map((item) => item.category))].sort((a, b) => a.localeCompare(b));
}

const orderedRowsOfBundles = new WeakMap<FactsBundle, Map<string, ProcurementRow[]>>();

/** Every item of the bundle as a row, sorted by one column: sorted once per bundle and column, as collation is not cheap. */
function toOrderedRows(bundle: FactsBundle, key: SortKey, direction: SortDirection): ProcurementRow[] {
  const byOrder = orderedRowsOfBundles.get(bundle) ?? new Map<string, ProcurementRow[]>();
  orderedRowsOfBundles.set(bundle, byOrder);
  const orderKey = `${key}:${direction}`;
  let rows = byOrder.get(orderKey);
  if (!rows) {
    rows = toSortedRows(toProcurementRows(bundle.procurement, new Set()), key, direction);
    byOrder.set(orderKey, rows);
  }
  return rows;
}

/**
 * The rows of the visible items (a subset of the bundle's), sorted by one column: picked in order from the
 * bundle's rows sorted once, which gives the same order as sorting them (the sort is stable and total).
 */
export function toVisibleSortedRows(bundle: FactsBundle, items: readonly FactsProcurementItem[], linkedIds: ReadonlySet<string>, key: SortKey, direction: SortDirection): ProcurementRow[] {
  const visibleIds = items.length === bundle.procurement.length ? null : new Set<string>(items.map((item) => item.id));
  const rows: ProcurementRow[] = [];
  for (const row of toOrderedRows(bundle, key, direction)) {
    if (!visibleIds || visibleIds.has(row.id)) rows.push(linkedIds.has(row.id) ? { ...row, linked: true } : row);
  }
  return rows;
}

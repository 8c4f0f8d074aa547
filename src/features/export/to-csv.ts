/**
 * CSV exports of the current view: RFC 4180 (quoted fields, CRLF), UTF-8 with
 * a byte-order mark so spreadsheets detect the encoding, and spreadsheet-safe:
 * a cell that a spreadsheet would run as a formula is neutralised.
 */
import type { FactsEvent, FactsBundle, FactsProcurementItem } from '../../../schema/bundle';

const BYTE_ORDER_MARK = '\uFEFF';
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** A cell as written to the file: formula triggers get a leading apostrophe, then RFC 4180 quoting. */
export function toCsvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV document: BOM, one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(toCsvCell).join(',')}\r\n`).join('');
}

const LIST_SEPARATOR = '; ';

export const PROCUREMENT_CSV_HEADER = [
  'id',
  'designation',
  'aliases',
  'category',
  'supplier',
  'recipient',
  'status',
  'value_amount',
  'value_currency',
  'value_text',
  'expected_delivery_start',
  'expected_delivery_end',
  'expected_delivery_precision',
  'expected_delivery_text',
  'sources',
  'disputed_fields',
];

/** Procurement items as CSV, one row per item, in the order given. */
export function toProcurementCsv(items: readonly FactsProcurementItem[]): string {
  return toCsv([
    PROCUREMENT_CSV_HEADER,
    ...items.map((item) => [
      item.id,
      item.name,
      item.aliases.join(LIST_SEPARATOR),
      item.category,
      item.supplier,
      item.recipient,
      item.status,
      item.value?.amount ?? null,
      item.value?.currency ?? null,
      item.value?.text ?? null,
      item.expectedDelivery?.start ?? null,
      item.expectedDelivery?.end ?? null,
      item.expectedDelivery?.precision ?? null,
      item.expectedDelivery?.text ?? null,
      item.sources.length,
      item.disputes.map((dispute) => dispute.field).join(LIST_SEPARATOR),
    ]),
  ]);
}

export const EVENTS_CSV_HEADER = [
  'id',
  'type',
  'title',
  'start',
  'end',
  'precision',
  'date_text',
  'status',
  'places',
  'items',
  'sources',
  'disputed_fields',
];

/** Events as CSV with place and item names resolved from the bundle (ids are kept when a name is missing). */
export function toEventsCsv(events: readonly FactsEvent[], bundle: Pick<FactsBundle, 'places' | 'procurement'>): string {
  const placeNames = new Map<string, string>(bundle.places.map((place) => [place.id, place.name]));
  const itemNames = new Map<string, string>(bundle.procurement.map((item) => [item.id, item.name]));
  return toCsv([
    EVENTS_CSV_HEADER,
    ...events.map((event) => [
      event.id,
      event.type,
      event.title,
      event.start,
      event.end,
      event.precision,
      event.dateText,
      event.status,
      event.placeIds.map((id) => placeNames.get(id) ?? id).join(LIST_SEPARATOR),
      event.itemIds.map((id) => itemNames.get(id) ?? id).join(LIST_SEPARATOR),
      event.sources.length,
      event.disputes.map((dispute) => dispute.field).join(LIST_SEPARATOR),
    ]),
  ]);
}

import { useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { toLabel } from '../../shared/ui/labels';
import type { ProcurementRow, SortDirection, SortKey } from './to-procurement-rows';

/** Above this many rows only the visible ones are rendered. */
export const VIRTUALISE_ABOVE = 60;
const ROW_HEIGHT_PX = 44;
/** Used when the scroller has no layout height (not yet laid out, or jsdom): render a first screenful, not nothing. */
const FALLBACK_VIEWPORT_PX = 440;

const observeRectWithFallback: typeof observeElementRect = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT_PX }));

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Designation' },
  { key: 'category', label: 'Category' },
  { key: 'route', label: 'Supplier → recipient' },
  { key: 'status', label: 'Status' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'delivery', label: 'Expected delivery' },
  { key: 'corroboration', label: 'Sources', numeric: true },
];

export interface ProcurementTableProps {
  rows: readonly ProcurementRow[];
  selectedId: string | null;
  sortKey: SortKey;
  sortDirection: SortDirection;
  onSort: (key: SortKey) => void;
  onSelect: (id: string) => void;
  onClearSelection: () => void;
}

interface RowProps {
  row: ProcurementRow;
  selected: boolean;
  onSelect: (id: string) => void;
  onClearSelection: () => void;
}

function ItemRow({ row, selected, onSelect, onClearSelection }: RowProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row.id);
    } else if (event.key === 'Escape') {
      // Handled here: only the item selection clears, the place or event stays.
      event.preventDefault();
      onClearSelection();
    }
  };
  const classes = ['item-row', row.linked ? 'item-row--linked' : '', selected ? 'item-row--selected' : ''].filter(Boolean).join(' ');
  return (
    <tr className={classes} tabIndex={0} aria-selected={selected} data-item-id={row.id} onClick={() => onSelect(row.id)} onKeyDown={onKeyDown}>
      <th scope="row" className="item-row__name">
        {row.name}
        {row.disputedFields.length > 0 ? (
          <span className="badge badge--disputed" title={`Sources disagree on: ${row.disputedFields.join(', ')}`}>
            Disputed
          </span>
        ) : null}
        {row.linked ? <span className="visually-hidden"> (linked to the selection)</span> : null}
      </th>
      <td>{row.category}</td>
      <td>
        {row.supplier ?? 'Unknown'} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> to</span> {row.recipient ?? 'Unknown'}
      </td>
      <td>
        <span className={`badge badge--status badge--${row.status}`}>{toLabel(row.status)}</span>
      </td>
      <td className="numeric" title={row.value?.text}>
        {row.valueLabel ?? '—'}
      </td>
      <td title={row.delivery ? `${row.delivery.text} (${String(row.delivery.start)} to ${String(row.delivery.end)})` : undefined}>{row.deliveryLabel ?? '—'}</td>
      <td className="numeric">{row.corroboration}</td>
    </tr>
  );
}

function SpacerRow({ height }: { height: number }) {
  return height > 0 ? (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  ) : null;
}

function VirtualRows({ count, scrollElement, renderRow }: { count: number; scrollElement: HTMLDivElement | null; renderRow: (index: number) => ReactNode }) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollElement, estimateSize: () => ROW_HEIGHT_PX,
    observeElementRect: observeRectWithFallback,
    overscan: 10,
  });
  const visible = virtualizer.getVirtualItems();
  const top = visible[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (visible[visible.length - 1]?.end ?? 0);
  return (
    <>
      <SpacerRow height={top} />
      {visible.map((virtualRow) => renderRow(virtualRow.index))}
      <SpacerRow height={bottom} />
    </>
  );
}

/** The items as a sortable table; rows are focusable, Enter selects and Escape clears. */
export function ProcurementTable({ rows, selectedId, sortKey, sortDirection, onSort, onSelect, onClearSelection }: ProcurementTableProps) {
  // State, not a ref: the rows' virtualizer must re-render once the scroller exists (child effects run before parent refs attach).
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const renderRow = (index: number) => {
    const row = rows[index];
    return row ? <ItemRow key={row.id} row={row} selected={row.id === selectedId} onSelect={onSelect} onClearSelection={onClearSelection} /> : null;
  };
  return (
    <div className={rows.length > VIRTUALISE_ABOVE ? 'table-scroll table-scroll--virtual' : 'table-scroll'} ref={setScrollElement}>
      <table className="data-table">
        <caption className="visually-hidden">Procurement items, {rows.length} rows. Select a row to see its sources.</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined} aria-sort={column.key === sortKey ? sortDirection : 'none'}>
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {column.key === sortKey ? (sortDirection === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.length > VIRTUALISE_ABOVE ? <VirtualRows count={rows.length} scrollElement={scrollElement} renderRow={renderRow} /> : rows.map((_, index) => renderRow(index))}</tbody>
      </table>
    </div>
  );
}

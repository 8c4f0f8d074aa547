import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProcurementPanel } from '../../../src/features/procurement/procurement-panel';
import { VIRTUALISE_ABOVE } from '../../../src/features/procurement/procurement-table';
import { currentParams, renderWithData } from '../../app/render-with-data';
import { makeDisputedBundle, makeEmptyBundle, makeLargeBundle, makeSmallBundle } from '../../fixtures/fixture-bundles';

async function renderPanel(search = '', bundle = makeSmallBundle()) {
  const result = renderWithData(<ProcurementPanel />, { search, facts: { bundle } });
  await screen.findByRole('table');
  return result;
}

function bodyRows(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return body ? within(body).getAllByRole('row') : [];
}

function rowNames(): string[] {
  return bodyRows().map((row) => within(row).getByRole('rowheader').textContent?.replace('Disputed', '').trim() ?? '');
}

function rowFor(name: string): HTMLElement {
  const row = bodyRows().find((candidate) => within(candidate).getByRole('rowheader').textContent?.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('ProcurementPanel', () => {
  it('shows a loading skeleton and no render-complete signal while the bundle loads', () => {
    const { container } = renderWithData(<ProcurementPanel />, { facts: { pending: true } });
    expect(screen.getByRole('status', { name: 'Loading procurement items' })).toBeInTheDocument();
    expect(container.querySelector('[data-panel="procurement"]')).toHaveAttribute('data-render-complete', 'false');
  });

  it('lists one row per item with route, status text, value, delivery wording and source count', async () => {
    const { container } = await renderPanel();
    expect(rowNames()).toEqual(['AK-203', 'S-400 Triumf', 'Su-30MKI spares', 'T-90 spares']);
    const s400 = within(rowFor('S-400 Triumf'));
    expect(s400.getAllByRole('cell')[1]).toHaveTextContent(/^Russia → to India$/);
    expect(s400.getByText('Delivery pending')).toBeInTheDocument();
    expect(s400.getByText('$5.2B')).toHaveAttribute('title', 'USD 5.2 billion');
    expect(s400.getByText('Q4 2021')).toBeInTheDocument();
    expect(s400.getAllByRole('cell').at(-1)).toHaveTextContent('3');
    expect(container.querySelector('[data-panel="procurement"]')).toHaveAttribute('data-render-complete', 'true');
  });

  it.each([
    ['Value', 'descending', ['S-400 Triumf', 'AK-203', 'Su-30MKI spares', 'T-90 spares']],
    ['Sources', 'descending', ['AK-203', 'S-400 Triumf', 'Su-30MKI spares', 'T-90 spares']],
    ['Status', 'ascending', ['Su-30MKI spares', 'T-90 spares', 'AK-203', 'S-400 Triumf']],
  ])('sorts by %s (%s after clicks) and says so with aria-sort', async (column, direction, expected) => {
    await renderPanel();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: new RegExp(`^${column}`) });
    await user.click(button);
    if (direction === 'descending') await user.click(button);
    expect(rowNames()).toEqual(expected);
    expect(button.closest('th')).toHaveAttribute('aria-sort', direction);
  });

  it('filters by status through the URL and shows how many items remain', async () => {
    await renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByText('Status', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mentioned' }));
    expect(currentParams().get('statuses')).toBe('mentioned');
    await waitFor(() => expect(rowNames()).toEqual(['Su-30MKI spares', 'T-90 spares']));
    expect(screen.getByText('2 of 4 items')).toBeInTheDocument();
  });

  it('filters by several categories at once', async () => {
    await renderPanel('?categories=small%20arms,aircraft');
    expect(rowNames()).toEqual(['AK-203', 'Su-30MKI spares']);
    const user = userEvent.setup();
    await user.click(screen.getByText(/^Category/, { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'aircraft' }));
    expect(currentParams().get('categories')).toBe('small arms');
  });

  it('searches items through the URL in embed mode, where the header is hidden', async () => {
    await renderPanel('?embed=1');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 't-90{Enter}');
    expect(currentParams().get('q')).toBe('t-90');
    await waitFor(() => expect(rowNames()).toEqual(['T-90 spares']));
  });

  it('selects a row reached with Tab by pressing Enter (item in the URL, aria-selected) and clears it with Escape', async () => {
    await renderPanel();
    const user = userEvent.setup();
    screen.getByRole('button', { name: /^Sources/ }).focus();
    await user.tab();
    expect(rowFor('AK-203')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(currentParams().get('item')).toBe('ak-203');
    await waitFor(() => expect(rowFor('AK-203')).toHaveAttribute('aria-selected', 'true'));
    expect(rowFor('S-400 Triumf')).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Escape}');
    expect(currentParams().get('item')).toBeNull();
  });

  it('selects a row on click', async () => {
    await renderPanel();
    await userEvent.setup().click(rowFor('T-90 spares'));
    expect(currentParams().get('item')).toBe('t-90');
  });

  it('highlights the items of the selected event without hiding the others', async () => {
    await renderPanel('?event=e-singh-shoigu-2020-09-03');
    expect(rowFor('AK-203')).toHaveClass('item-row--linked');
    expect(rowFor('S-400 Triumf')).not.toHaveClass('item-row--linked');
    expect(rowNames()).toHaveLength(4);
  });

  it('marks disputed items with a text badge naming the disputed fields', async () => {
    await renderPanel('', makeDisputedBundle());
    expect(within(rowFor('S-400 Triumf')).getByText('Disputed')).toHaveAttribute('title', 'Sources disagree on: status, expectedDelivery');
  });

  it('offers to clear the item filters when nothing matches', async () => {
    renderWithData(<ProcurementPanel />, { search: '?statuses=delivered', facts: { bundle: makeSmallBundle() } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Clear item filters' }));
    expect(currentParams().get('statuses')).toBeNull();
  });

  it('says so when the corpus has no procurement items', async () => {
    renderWithData(<ProcurementPanel />, { facts: { bundle: makeEmptyBundle() } });
    expect(await screen.findByText('No procurement items in this corpus.')).toBeInTheDocument();
  });

  it('renders only a window of rows when the list is long', async () => {
    const bundle = makeLargeBundle();
    expect(bundle.procurement.length).toBeGreaterThan(VIRTUALISE_ABOVE);
    await renderPanel('', bundle);
    expect(screen.getByText(`${bundle.procurement.length} of ${bundle.procurement.length} items`)).toBeInTheDocument();
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(5));
    expect(bodyRows().length).toBeLessThan(bundle.procurement.length);
  });
});

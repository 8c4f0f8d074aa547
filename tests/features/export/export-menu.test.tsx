import { screen, waitFor, within } from '@testing-library/react';
import { ExportMenu } from '../../../src/features/export/export-menu';
import type { ExportMenuProps } from '../../../src/features/export/export-menu';
import { renderWithData } from '../../app/render-with-data';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';

describe('ExportMenu', () => {
  it.each([
    ['dashboard', ['Export PNG', 'Events (CSV)', 'Procurement (CSV)', 'Places and events (GeoJSON)', 'Timeline (iCalendar)', 'Full bundle (JSON)']],
    ['map', ['Export PNG', 'Places and events (GeoJSON)']],
    ['timeline', ['Export PNG', 'Events (CSV)', 'Timeline (iCalendar)']],
    ['procurement', ['Export PNG', 'Procurement (CSV)']],
    ['sources', ['Export PNG']],
  ] satisfies [ExportMenuProps['target'], string[]][])('offers the %s exports that fit it', async (target, labels) => {
    renderWithData(<ExportMenu target={target} />, { facts: { bundle: makeSmallBundle() } });
    const group = screen.getByRole('group', { name: /options$/, hidden: true });
    await waitFor(() => expect(within(group).getByRole('button', { name: 'Export PNG', hidden: true })).toBeEnabled());
    expect([...group.querySelectorAll('button, a')].map((entry) => entry.textContent)).toEqual(labels);
  });

  it('links the full bundle relative to the page, as a download', async () => {
    renderWithData(<ExportMenu target="dashboard" />, { facts: { bundle: makeSmallBundle() } });
    const link = await screen.findByRole('link', { name: 'Full bundle (JSON)', hidden: true });
    expect(link).toHaveAttribute('download', 'dossier-bundle.json');
    expect(new URL(link.getAttribute('href') ?? '').pathname).toBe('/data/bundle.json');
  });

  it('is left out of exported images and names its target for screen readers', () => {
    const { container } = renderWithData(<ExportMenu target="timeline" />, { facts: { bundle: makeSmallBundle() } });
    expect(container.querySelector('[data-export-ignore]')).not.toBeNull();
    expect(screen.getByText('Export', { selector: 'summary' })).toHaveAccessibleName('Export timeline');
  });
});

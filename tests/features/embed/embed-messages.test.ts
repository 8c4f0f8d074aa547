import { applyEmbedCommand, EmbedCommandSchema, parseParentOrigin } from '../../../src/features/embed/embed-messages';
import { EMPTY_STATE } from '../../../src/shared/state/dashboard-state';

describe('parseParentOrigin', () => {
  it.each([
    ['no parameter', '?embed=1', null],
    ['an https origin', '?parentOrigin=https%3A%2F%2Fintranet.example', 'https://intranet.example'],
    ['an http origin with a port', '?parentOrigin=http://localhost:8080', 'http://localhost:8080'],
    ['an origin with a trailing slash', '?parentOrigin=https://intranet.example/', 'https://intranet.example'],
    ['a URL with a path (not an origin)', '?parentOrigin=https://intranet.example/page', null],
    ['the wildcard', '?parentOrigin=*', null],
    ['a javascript: URL', '?parentOrigin=javascript:alert(1)', null],
    ['garbage', '?parentOrigin=not a url', null],
  ])('reads %s', (_kind, search, expected) => {
    expect(parseParentOrigin(search)).toBe(expected);
  });
});

describe('EmbedCommandSchema', () => {
  it.each([
    ['set-filters with a place and a range', { type: 'dossier:set-filters', filters: { place: 'moscow', from: '2020-06-01', to: null } }],
    ['set-filters with event types', { type: 'dossier:set-filters', filters: { types: ['visit', 'parade'] } }],
    ['clear-selection', { type: 'dossier:clear-selection' }],
  ])('accepts %s', (_kind, message) => {
    expect(EmbedCommandSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'dossier:navigate', url: 'https://evil.example' }],
    ['our own resize message', { type: 'dossier:resize', height: 100 }],
    ['an unknown filter key', { type: 'dossier:set-filters', filters: { embed: false } }],
    ['a malformed date', { type: 'dossier:set-filters', filters: { from: 'yesterday' } }],
    ['an unknown event type', { type: 'dossier:set-filters', filters: { types: ['coup'] } }],
    ['extra members', { type: 'dossier:clear-selection', also: 'this' }],
    ['a string', 'dossier:clear-selection'],
    ['null', null],
  ])('rejects %s', (_kind, message) => {
    expect(EmbedCommandSchema.safeParse(message).success).toBe(false);
  });
});

describe('applyEmbedCommand', () => {
  const selected = { ...EMPTY_STATE, embed: true, place: 'moscow', event: 'e1', item: 's-400', from: '2020-01-01' };

  it('clears the selection but keeps the date range and embed mode', () => {
    expect(applyEmbedCommand(selected, { type: 'dossier:clear-selection' })).toEqual({
      ...selected,
      place: null,
      event: null,
      item: null,
    });
  });

  it('merges the given filters and keeps the others', () => {
    expect(applyEmbedCommand(selected, { type: 'dossier:set-filters', filters: { place: null, to: '2020-12-31' } })).toEqual({
      ...selected,
      place: null,
      to: '2020-12-31',
    });
  });
});

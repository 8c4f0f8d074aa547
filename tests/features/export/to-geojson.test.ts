import { toGeoJson } from '../../../src/features/export/to-geojson';
import { makeSmallBundle } from '../../fixtures/fixture-bundles';
import { geoJsonProblems } from './export-validators';

describe('toGeoJson', () => {
  const bundle = makeSmallBundle();
  const collection = toGeoJson(bundle.places, bundle.events);
  const feature = (id: string) => collection.features.find((candidate) => candidate.id === id);

  it('is a valid RFC 7946 FeatureCollection that survives JSON serialisation', () => {
    expect(geoJsonProblems(JSON.parse(JSON.stringify(collection)))).toEqual([]);
  });

  it('has one feature per place and per event', () => {
    expect(collection.features).toHaveLength(bundle.places.length + bundle.events.length);
  });

  it.each([
    ['a place is a point at [lon, lat]', 'place:moscow', { type: 'Point', coordinates: [37.6173, 55.7558] }],
    ['an event at one place is a point there', 'event:e-visit-2020-06', { type: 'Point', coordinates: [37.6173, 55.7558] }],
    [
      'an event at several places is a MultiPoint',
      'event:e-parade-2020-06-24',
      { type: 'MultiPoint', coordinates: [[37.6208, 55.7539], [37.6173, 55.7558]] },
    ],
    ['an event with no place has no geometry', 'event:e-aero-india-2021', null],
  ])('%s', (_behaviour, id, geometry) => {
    expect(feature(id)?.geometry).toEqual(geometry);
  });

  it('lists the events at each place', () => {
    expect(feature('place:strait-of-malacca')?.properties.eventIds).toEqual(['e-indra-2020-09']);
  });

  it('places an event only at places in the view', () => {
    const onlyMoscow = toGeoJson(bundle.places.filter((place) => place.id === 'moscow'), bundle.events);
    expect(onlyMoscow.features.find((candidate) => candidate.id === 'event:e-parade-2020-06-24')?.geometry).toEqual({
      type: 'Point',
      coordinates: [37.6173, 55.7558],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from '../../../schema/bundle';
import { GAZETTEER } from '../../../extractor/places/gazetteer';
import { getGazetteerPlace } from '../../../extractor/places/extract-places';

const foldedTokens = (phrase: string) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();

describe('GAZETTEER', () => {
  it('covers the domain broadly, not only the default articles', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(350);
  });

  it('gives every place a unique kebab-case id', () => {
    const ids = GAZETTEER.map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps every coordinate, kind and country code within range', () => {
    for (const place of GAZETTEER) {
      expect(place.lat, place.id).toBeGreaterThanOrEqual(-90);
      expect(place.lat, place.id).toBeLessThanOrEqual(90);
      expect(place.lon, place.id).toBeGreaterThanOrEqual(-180);
      expect(place.lon, place.id).toBeLessThanOrEqual(180);
      expect(PLACE_KINDS, place.id).toContain(place.kind);
      if (place.country !== null) expect(place.country, place.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('maps no spelling to two places', () => {
    const owners = new Map<string, string>();
    for (const place of GAZETTEER) {
      for (const phrase of new Set([place.name, ...place.aliases].map(foldedTokens))) {
        expect(owners.get(phrase) ?? place.id, `"${phrase}"`).toBe(place.id);
        owners.set(phrase, place.id);
      }
    }
  });

  it('gives no country to seas, straits and disputed lines', () => {
    for (const id of ['strait-of-malacca', 'south-china-sea', 'line-of-actual-control', 'line-of-control', 'aksai-chin']) {
      expect(getGazetteerPlace(id)?.country, id).toBeNull();
    }
  });

  it.each([
    ['moscow', 'city', 55.756, 37.617],
    ['red-square', 'landmark', 55.754, 37.621],
    ['vladivostok', 'city', 43.116, 131.886],
    ['pangong-tso', 'water', 33.72, 78.85],
    ['galwan-valley', 'region', 34.76, 78.19],
    ['chumar', 'region', 32.67, 78.59],
    ['ladakh', 'region', 34.2, 77.6],
    ['strait-of-malacca', 'water', 2.5, 101.2],
    ['leh', 'city', 34.153, 77.577],
    ['new-delhi', 'city', 28.614, 77.209],
    ['beijing', 'city', 39.904, 116.407],
    ['islamabad', 'city', 33.684, 73.048],
    ['sevastopol', 'city', 44.617, 33.525],
    ['port-blair', 'city', 11.623, 92.727],
  ])('places %s (%s) at its coordinates', (id, kind, lat, lon) => {
    const place = getGazetteerPlace(id);
    expect(place?.kind).toBe(kind);
    expect(place?.lat).toBeCloseTo(lat, 1);
    expect(place?.lon).toBeCloseTo(lon, 1);
  });

  it('returns undefined for an unknown id', () => {
    expect(getGazetteerPlace('atlantis')).toBeUndefined();
  });
});

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

  it('gives no country to seas, straits and disputed areas', () => {
    for (const id of ['strait-of-malacca', 'south-china-sea', 'western-pacific', 'aksai-chin']) {
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
    ['hawaii', 'other', 21.31, -157.86],
    ['kuril-islands', 'region', 45.5, 149.0],
    ['sergeyevsky', 'other', 43.85, 132.35],
    ['ramgarh-sector', 'region', 32.57, 75.05],
  ])('places %s (%s) at its coordinates', (id, kind, lat, lon) => {
    const place = getGazetteerPlace(id);
    expect(place?.kind).toBe(kind);
    expect(place?.lat).toBeCloseTo(lat, 1);
    expect(place?.lon).toBeCloseTo(lon, 1);
  });

  it.each(['line-of-actual-control', 'line-of-control'])('leaves out the border line %s, which has no point to map', (id) => {
    expect(getGazetteerPlace(id)).toBeUndefined();
  });

  it.each([
    ['mulino', 'other', 56.25, 42.95],
    ['prudboi', 'other', 48.7, 43.6],
    ['obuz-lesnovsky', 'other', 53.05, 26.1],
    ['baranovichi', 'city', 53.13, 26.01],
    ['babina', 'city', 25.24, 78.47],
    ['jhansi', 'city', 25.45, 78.57],
    ['palam', 'other', 28.57, 77.1],
    ['deesa', 'city', 24.26, 72.19],
    ['surat', 'city', 21.17, 72.83],
    ['hazira', 'city', 21.12, 72.65],
    ['banaskantha', 'region', 24.17, 72.43],
    ['ins-rajali', 'other', 13.07, 79.69],
    ['mazagon-dock', 'landmark', 18.96, 72.84],
    ['cochin-shipyard', 'landmark', 9.95, 76.27],
    ['mahatma-mandir', 'landmark', 23.23, 72.64],
    ['un-headquarters', 'landmark', 40.75, -73.97],
    ['makran', 'region', 25.5, 63.5],
    ['pasni', 'city', 25.26, 63.47],
    ['frejus', 'city', 43.43, 6.74],
    ['western-pacific', 'water', 15.0, 145.0],
    ['karachi-shipyard', 'landmark', 24.84, 66.97],
    ['tatarstan', 'region', 55.5, 50.0],
    ['jiangyin', 'city', 31.91, 120.26],
    ['second-thomas-shoal', 'other', 9.73, 115.87],
    ['charding-la', 'region', 32.62, 79.4],
    ['wilmington', 'city', 39.74, -75.55],
  ])('places the domain site %s (%s) at its coordinates', (id, kind, lat, lon) => {
    const place = getGazetteerPlace(id);
    expect(place?.kind).toBe(kind);
    expect(Math.abs((place?.lat ?? 0) - lat)).toBeLessThanOrEqual(0.05);
    expect(Math.abs((place?.lon ?? 0) - lon)).toBeLessThanOrEqual(0.05);
  });

  it('returns undefined for an unknown id', () => {
    expect(getGazetteerPlace('atlantis')).toBeUndefined();
  });
});

/**
 * The default corpus's key facts, as an analyst would check them by reading
 * the five articles. If one of these breaks, the dashboard tells a different
 * story than the articles do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, DossierEvent, PersonId, PlaceId } from '../../../schema/bundle';
import { extractBundle } from '../../../extractor/extract-bundle';

const CORPUS = join(import.meta.dirname, '../../../data/articles');

let bundle: Bundle;

beforeAll(() => {
  const files = readdirSync(CORPUS)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));
  bundle = extractBundle(files, { generatedAt: '2020-01-01T00:00:00.000Z' });
});

function placeId(name: string): PlaceId {
  const place = bundle.places.find((candidate) => candidate.name === name);
  if (!place) throw new Error(`no place named ${name}; places: ${bundle.places.map((p) => p.name).join(', ')}`);
  return place.id;
}

function personId(name: string): PersonId {
  const person = bundle.people.find((candidate) => candidate.name === name || candidate.aliases.includes(name));
  if (!person) throw new Error(`no person named ${name}`);
  return person.id;
}

function findEvent(predicate: (event: DossierEvent) => boolean, what: string): DossierEvent {
  const event = bundle.events.find(predicate);
  if (!event) {
    const listing = bundle.events.map((e) => `${e.type} ${e.start}..${e.end} ${e.title} [${e.placeIds.join(',')}]`).join('\n');
    throw new Error(`no event: ${what}\n${listing}`);
  }
  return event;
}

describe('the default corpus', () => {
  it('reads all five articles and dates the undated one from the others', () => {
    expect(bundle.articles).toHaveLength(5);
    const undated = bundle.articles.find((article) => article.id === '001_dfec131b4fcdb096');
    expect(undated?.published).toBe('2020-09-02');
    expect(undated?.publishedFrom).toBe('inferred');
    expect(bundle.articles.filter((article) => article.publishedFrom === 'header')).toHaveLength(4);
  });

  it.each([
    ['2020-06-22', '2020-06-24'],
    ['2020-09-02', '2020-09-04'],
  ])('has the three-day visit to Moscow from %s', (start, end) => {
    const visit = findEvent((event) => event.type === 'visit' && event.start === start, `visit from ${start}`);
    expect(visit.end).toBe(end);
    expect(visit.placeIds).toContain(placeId('Moscow'));
    expect(visit.people).toContain(personId('Rajnath Singh'));
  });

  it('has the Victory Day parade in Moscow on 2020-06-24', () => {
    const parade = findEvent((event) => event.type === 'parade' && /victory day/i.test(event.title), 'Victory Day parade');
    expect([parade.start, parade.end, parade.precision]).toEqual(['2020-06-24', '2020-06-24', 'day']);
    expect(parade.placeIds.some((id) => id === placeId('Moscow') || id === placeId('Red Square'))).toBe(true);
    expect(parade.status).toBe('occurred');
    expect(new Set(parade.sources.map((source) => source.articleId)).size).toBeGreaterThanOrEqual(3);
  });

  it('has the meeting with Sergei Shoigu on 2020-09-03, told by several outlets', () => {
    const shoigu = personId('Sergei Shoigu');
    const meeting = findEvent((event) => event.type === 'meeting' && event.people.includes(shoigu) && event.start === '2020-09-03', 'meeting with Shoigu');
    expect(meeting.status).toBe('occurred');
    expect(meeting.people).toContain(personId('Rajnath Singh'));
  });

  it.each([
    ['defence', '2020-09-04'],
    ['foreign', '2020-09-10'],
  ])("has the SCO %s ministers' meeting on %s", (level, day) => {
    const meeting = findEvent(
      (event) => event.type === 'meeting' && event.title.toLowerCase().includes(`sco ${level} ministers`),
      `SCO ${level} ministers' meeting`,
    );
    expect([meeting.start, meeting.end]).toEqual([day, day]);
    expect(meeting.status).toBe('planned');
    expect(meeting.disputes).toEqual([]);
  });

  it("places the SCO defence ministers' meeting in Moscow, not where sentences about it mention other places", () => {
    const meeting = findEvent((event) => event.title.toLowerCase().includes('sco defence ministers'), "SCO defence ministers' meeting");
    expect(meeting.placeIds).toEqual([placeId('Moscow')]);
  });

  it('has the INDRA naval exercise off the Strait of Malacca over the next two days', () => {
    const indra = findEvent((event) => event.type === 'exercise' && /indra/i.test(event.title), 'INDRA');
    expect([indra.start, indra.end, indra.precision]).toEqual(['2020-09-04', '2020-09-05', 'day']);
    expect(indra.placeIds).toContain(placeId('Strait of Malacca'));
  });

  it('has Aero India in February 2021 at month precision', () => {
    const show = findEvent((event) => event.type === 'exhibition' && /aero india/i.test(event.title), 'Aero India');
    expect([show.start, show.end, show.precision]).toEqual(['2021-02-01', '2021-02-28', 'month']);
    expect(show.status).toBe('planned');
  });

  it('has the 2019 Vladivostok summit agreement', () => {
    const agreement = findEvent((event) => event.type === 'agreement' && event.placeIds.includes(placeId('Vladivostok')), 'Vladivostok agreement');
    expect([agreement.start, agreement.precision]).toEqual(['2019-09-01', 'month']);
    expect(agreement.status).toBe('occurred');
  });

  it('has the S-400 deal worth USD 5.2 billion, first batch by the end of 2021, reported delayed', () => {
    const s400 = bundle.procurement.find((item) => item.name === 'S-400');
    expect(s400?.value).toMatchObject({ amount: 5.2e9, currency: 'USD' });
    expect(s400?.expectedDelivery).toMatchObject({ start: '2021-10-01', end: '2021-12-31', precision: 'quarter' });
    expect(s400?.expectedDelivery?.text).toMatch(/end of 2021/);
    expect(s400?.status).toBe('delayed');
    expect([s400?.supplier, s400?.recipient]).toEqual(['RU', 'IN']);
    expect(s400?.sources.map((source) => source.articleId)).toEqual(['000_06475bec42396503', '001_dfec131b4fcdb096', '003_b8affa03a4482651']);
  });

  it('has the AK-203 joint venture for production in India, folded from "AK 203" and "AK203"', () => {
    const ak203 = bundle.procurement.find((item) => item.name === 'AK-203');
    expect(ak203?.supplier).toBe('RU');
    expect(ak203?.recipient).toBe('IN');
    expect(ak203?.aliases).toEqual(expect.arrayContaining(['AK 203', 'AK203']));
    expect(['negotiating', 'agreed', 'in-production']).toContain(ak203?.status);
  });

  it('keeps MiG-29 and MiG-29K apart', () => {
    const names = bundle.procurement.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(['MiG-29', 'MiG-29K', 'Su-30MKI', 'T-90', 'BrahMos', 'Kilo-class submarine']));
  });

  it('reads no facts from related-story links ("READ | ...")', () => {
    expect(bundle.procurement.map((item) => item.name)).not.toContain('Rafale');
  });

  it.each([
    ['Moscow', 55.75, 37.62],
    ['Red Square', 55.754, 37.62],
    ['Pangong Tso', 33.75, 78.67],
    ['Galwan Valley', 34.75, 78.2],
    ['Chumar', 32.67, 78.6],
    ['Ladakh', 34.2, 77.6],
    ['Strait of Malacca', 2.5, 101.2],
    ['Vladivostok', 43.12, 131.89],
  ])('places %s at its coordinates', (name, lat, lon) => {
    const place = bundle.places.find((candidate) => candidate.name === name);
    expect(place, `${name} missing`).toBeDefined();
    expect(Math.abs((place?.lat ?? 0) - lat)).toBeLessThan(1);
    expect(Math.abs((place?.lon ?? 0) - lon)).toBeLessThan(1);
  });

  it('does not take the Shanghai Cooperation Organisation for Shanghai', () => {
    expect(bundle.places.map((place) => place.name)).not.toContain('Shanghai');
  });

  it('finds every quote verbatim at its offsets', () => {
    const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
    const records = [...bundle.places, ...bundle.events, ...bundle.procurement, ...bundle.people];
    const sources = records.flatMap((record) => record.sources);
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) expect(texts.get(source.articleId)?.slice(source.start, source.end)).toBe(source.quote);
  });

  it('gives every record a stable, unique id', () => {
    for (const records of [bundle.places, bundle.events, bundle.procurement, bundle.people]) {
      const ids = records.map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

/**
 * Merges event mentions from every article into events. Mentions are blocked
 * by their key (same type and anchor: the same named exercise, the same
 * visitor and destination country...), then clustered by date inside each
 * block, so the cost grows with the number of mentions, never pairwise.
 * Disagreeing dates or a cancellation against other reports are kept as
 * disputes with each side's sources.
 */
import type { DisputeInput, EventInput, EventStatus, SourceInput } from '../../schema/bundle';
import { toEpochDay } from '../dates/iso-day';
import { theatreOf, type EventDate, type EventMention, type PlaceInfo } from '../events/extract-events';
import { compareStrings, groupBy } from './sources';

/** Two reports of one event may differ by this many days before they count as different events. */
const SAME_EVENT_GAP_DAYS = 3;
const PRECISION_RANK = { day: 0, month: 1, quarter: 2, year: 3 } as const satisfies Record<EventDate['precision'], number>;

interface Cluster {
  mentions: EventMention[];
  start: number;
  end: number;
}

function spanOf(date: EventDate): { start: number; end: number } {
  return { start: toEpochDay(date.start), end: toEpochDay(date.end) };
}

/** Reports of a day or a few days may be off by a day or two; a month, quarter or year only ever names its own stretch ("in 2024" and "in 2025" are not one event). */
const FEW_DAYS = 7;

function isNear(cluster: Cluster, span: { start: number; end: number }): boolean {
  const gap = span.end - span.start < FEW_DAYS && cluster.end - cluster.start < FEW_DAYS ? SAME_EVENT_GAP_DAYS : 0;
  return span.start <= cluster.end + gap && cluster.start <= span.end + gap;
}

function startDayOf(mention: EventMention): number {
  return mention.date ? toEpochDay(mention.date.start) : Infinity;
}

function compareByDateThenSource(a: EventMention, aDay: number, b: EventMention, bDay: number): number {
  return aDay - bDay || compareStrings(a.source.articleId, b.source.articleId) || a.source.start - b.source.start;
}

/** Mentions by start day, then article and position, reading each date once rather than at every comparison. */
function sortedByDateThenSource(mentions: readonly EventMention[]): EventMention[] {
  return mentions
    .map((mention) => ({ mention, day: startDayOf(mention) }))
    .sort((a, b) => compareByDateThenSource(a.mention, a.day, b.mention, b.day))
    .map(({ mention }) => mention);
}

/** The first cluster (in creation order) with the least distance, as a stable sort would put first. */
function nearestCluster(clusters: readonly Cluster[], distance: (cluster: Cluster) => number): Cluster | undefined {
  let nearest: Cluster | undefined;
  let least = Infinity;
  for (const cluster of clusters) {
    const value = distance(cluster);
    if (nearest === undefined || value < least) {
      nearest = cluster;
      least = value;
    }
  }
  return nearest;
}

/** Splits one block into events by date; undated mentions join the event nearest their publication day. */
function clusterByDate(mentions: EventMention[]): Cluster[] {
  const sorted = sortedByDateThenSource(mentions);
  const clusters: Cluster[] = [];
  // Mentions come by start day, so a cluster ending more than the gap before this one's start is out of reach for good.
  let open: Cluster[] = [];
  const undated: EventMention[] = [];
  for (const mention of sorted) {
    if (!mention.date) {
      undated.push(mention);
      continue;
    }
    const span = spanOf(mention.date);
    if (open.some((candidate) => candidate.end + SAME_EVENT_GAP_DAYS < span.start)) {
      open = open.filter((candidate) => candidate.end + SAME_EVENT_GAP_DAYS >= span.start);
    }
    const cluster = open.find((candidate) => isNear(candidate, span));
    if (cluster) {
      cluster.mentions.push(mention);
      cluster.start = Math.min(cluster.start, span.start);
      cluster.end = Math.max(cluster.end, span.end);
    } else {
      const created = { mentions: [mention], ...span };
      clusters.push(created);
      open.push(created);
    }
  }
  if (clusters.length === 0) return undated.length > 0 ? [{ mentions: undated, start: Infinity, end: Infinity }] : [];
  for (const mention of undated) {
    const published = mention.published ? toEpochDay(mention.published) : null;
    const nearest = nearestCluster(clusters, (cluster) => (published === null ? -cluster.mentions.length : Math.abs(cluster.start - published)));
    nearest?.mentions.push(mention);
  }
  return clusters;
}

interface DateClaim {
  date: EventDate;
  sources: SourceInput[];
}

function dateClaimsOf(mentions: EventMention[]): DateClaim[] {
  const claims = new Map<string, DateClaim>();
  for (const mention of mentions) {
    if (!mention.date) continue;
    const key = `${mention.date.start}|${mention.date.end}|${mention.date.precision}|${mention.date.startOnly}`;
    const claim = claims.get(key);
    if (claim) claim.sources.push(mention.source);
    else claims.set(key, { date: mention.date, sources: [mention.source] });
  }
  return [...claims.values()];
}

function articleCount(sources: readonly SourceInput[]): number {
  return new Set(sources.map((source) => source.articleId)).size;
}

/** The most telling claim: the most precise, with a stated length, told by the most articles. */
function primaryClaim(claims: DateClaim[]): DateClaim | undefined {
  return [...claims].sort(
    (a, b) =>
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
      Number(a.date.startOnly) - Number(b.date.startOnly) ||
      articleCount(b.sources) - articleCount(a.sources) ||
      compareStrings(a.date.start, b.date.start),
  )[0];
}

/** A claim agrees with the primary when it is the same start, or a coarser span that contains it. */
function agreesWith(primary: EventDate, claim: EventDate): boolean {
  if (claim.precision === 'day' && primary.precision === 'day') {
    return claim.start === primary.start && (claim.startOnly || primary.startOnly || claim.end === primary.end);
  }
  const outer = spanOf(claim);
  const inner = spanOf(primary);
  return outer.start <= inner.start && inner.end <= outer.end;
}

function describeDate(date: EventDate): string {
  return date.start === date.end ? `${date.start} (${date.text})` : `${date.start} to ${date.end} (${date.text})`;
}

function dateDispute(primary: DateClaim | undefined, claims: DateClaim[]): DisputeInput | null {
  if (!primary) return null;
  const disagreeing = claims.filter((claim) => !agreesWith(primary.date, claim.date));
  if (disagreeing.length === 0) return null;
  return {
    field: 'date',
    claims: [primary, ...disagreeing].map((claim) => ({ value: describeDate(claim.date), sources: sortSources(claim.sources) })),
  };
}

function latestFirst(a: EventMention, b: EventMention): number {
  return compareStrings(b.published ?? '', a.published ?? '') || compareStrings(a.source.articleId, b.source.articleId);
}

/**
 * A report that gave no date judged its status from tense alone; once the
 * event is dated, its own publication day says whether it was still ahead.
 */
function restatedStatus(mention: EventMention, date: EventDate | null): EventStatus {
  if (mention.date || !date || !mention.published || mention.status === 'cancelled') return mention.status;
  if (toEpochDay(date.start) > toEpochDay(mention.published)) return 'planned';
  if (toEpochDay(date.end) < toEpochDay(mention.published)) return 'occurred';
  return mention.status;
}

/** The latest report's status; a cancellation against other reports is a dispute, not a silent pick. */
function statusOf(reported: EventMention[], date: EventDate | null): { status: EventStatus; dispute: DisputeInput | null } {
  const mentions = reported.map((mention) => ({ ...mention, status: restatedStatus(mention, date) }));
  const known = mentions.filter((mention) => mention.status !== 'unknown').sort(latestFirst);
  const status = known[0]?.status ?? 'unknown';
  const cancelled = known.filter((mention) => mention.status === 'cancelled');
  const held = known.filter((mention) => mention.status !== 'cancelled');
  if (cancelled.length === 0 || held.length === 0) return { status, dispute: null };
  const claims = [...groupBy(known, (mention) => mention.status)].map(([value, group]) => ({
    value,
    sources: sortSources(group.map((mention) => mention.source)),
  }));
  return { status, dispute: { field: 'status', claims } };
}

function sortSources(sources: SourceInput[]): SourceInput[] {
  return [...sources].sort((a, b) => compareStrings(a.articleId, b.articleId) || a.start - b.start);
}

/** One source per article: the sentence that gave the event's date when there is one. */
function sourcesOf(mentions: EventMention[], primary: DateClaim | undefined): SourceInput[] {
  const byArticle = new Map<string, SourceInput>();
  const rank = (mention: EventMention) => (primary && mention.date === primary.date ? 0 : mention.date ? 1 : 2);
  const ordered = [...mentions].sort((a, b) => rank(a) - rank(b) || a.source.start - b.source.start);
  for (const mention of ordered) {
    if (!byArticle.has(mention.source.articleId)) byArticle.set(mention.source.articleId, mention.source);
  }
  return sortSources([...byArticle.values()]);
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? '';
}

/** Where it happened: countries are dropped when a city, region, sea or landmark is known. */
function eventPlaces(placeIds: string[], placeInfo: (id: string) => PlaceInfo | undefined): string[] {
  const unique = [...new Set(placeIds)];
  const specific = unique.filter((id) => placeInfo(id)?.kind !== 'country');
  return (specific.length > 0 ? specific : unique).sort(compareStrings);
}

function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function toEvent(key: string, cluster: Cluster, placeInfo: (id: string) => PlaceInfo | undefined): EventInput {
  const mentions = sortedByDateThenSource(cluster.mentions);
  const claims = dateClaimsOf(mentions);
  const primary = primaryClaim(claims);
  const { status, dispute: statusDispute } = statusOf(mentions, primary?.date ?? null);
  const disputes = [dateDispute(primary, claims), statusDispute].filter((dispute): dispute is DisputeInput => dispute !== null);
  const date = primary?.date ?? null;
  const type = mentions[0]?.type ?? 'other';
  return {
    id: `${slug(key)}-${date?.start ?? 'undated'}`,
    type,
    title: mostCommon(mentions.map((mention) => mention.title)),
    start: date?.start ?? null,
    end: date?.end ?? null,
    precision: date?.precision ?? null,
    dateText: date?.text ?? null,
    status,
    placeIds: eventPlaces(mentions.flatMap((mention) => mention.placeIds), placeInfo),
    people: [...new Set(mentions.flatMap((mention) => mention.people))].sort(compareStrings),
    itemIds: [...new Set(mentions.flatMap((mention) => mention.itemIds))].sort(compareStrings),
    sources: sourcesOf(mentions, primary),
    disputes,
  };
}

/**
 * The parts of a clause event's key (see extract-events.ts): its type, the
 * word "clause", what it is about (a name's id, or its first words) and its
 * verb's stem. Null for any other key.
 */
function clauseKeyParts(key: string): { anchor: string; verb: string } | null {
  const [, kind, anchor, verb] = key.split('|');
  return kind === 'clause' && anchor !== undefined && verb !== undefined ? { anchor, verb } : null;
}

/** Types whose keys may list the systems an event is about ("delivery|ah-64e-apache+chinook", "other|tejas-mk1a|approval"; see extract-events.ts). */
const ITEM_KEYED_TYPES: ReadonlySet<EventMention['type']> = new Set(['delivery', 'agreement', 'other']);

/** Types whose trigger-word keys list the systems they are about first ("delivery|dhruv", "agreement|ah-64e-apache+chinook"). */
const SYSTEM_KEYED_TYPES: ReadonlySet<EventMention['type']> = new Set(['delivery', 'agreement']);

/** Types of which a country holds one on a day: "the Pakistan Day parade" and "the parade at Shakarparian" are one. */
const ONE_PER_COUNTRY_TYPES: ReadonlySet<EventMention['type']> = new Set(['parade', 'exhibition']);

/** The country a trigger-word key names: itself ("parade|PK"), or the country of the named place its theatre was taken from ("parade|6:14"). */
function countryOfKey(mention: EventMention, placeInfo: (id: string) => PlaceInfo | undefined): string | undefined {
  const [, where = ''] = mention.key.split('|');
  if (/^[A-Z]{2}$/.test(where)) return where;
  const place = mention.placeIds.find((id) => isBelowCountry(id, placeInfo) && theatreOf(id, { placeInfo }) === where);
  return (place === undefined ? null : placeInfo(place)?.country) ?? undefined;
}

/** Types whose trigger-word keys name the theatre they happened in ("incident|6:15"; see theatreOf). */
const THEATRE_KEYED_TYPES: ReadonlySet<EventMention['type']> = new Set(['incident', 'exercise']);

function isBelowCountry(placeId: string, placeInfo: (id: string) => PlaceInfo | undefined): boolean {
  const kind = placeInfo(placeId)?.kind;
  return kind !== undefined && kind !== 'country';
}

/** The one theatre of the places below a country a mention names; undefined when it names none, or places of several theatres. */
function soleTheatreOf(placeIds: readonly string[], placeInfo: (id: string) => PlaceInfo | undefined): string | undefined {
  const theatres = new Set(placeIds.filter((id) => isBelowCountry(id, placeInfo)).map((id) => theatreOf(id, { placeInfo })));
  return theatres.size === 1 ? [...theatres][0] : undefined;
}

/** How a block's events told under different keys may still be one: see joinClauseClusters and joinItemClusters. */
type JoinRule = 'clause' | 'items' | 'days' | null;

/**
 * The block a mention is merged in, and how events told under different
 * keys join inside it. A pure function of the key (and the first day, for
 * clause events), so every telling under one key meets in one block.
 *
 * An event told without a trigger word is keyed by the words of its clause,
 * which another outlet rarely repeats ("the core group met in Male" against
 * "the Maldives proposed a meeting"): dated, it is blocked with every such
 * event of its type that starts the same day.
 *
 * A delivery, deal or milestone keyed by several systems is blocked with
 * those of the first of them (keys list them sorted): "the Apaches and
 * Chinooks arrived" and "the Apaches arrived" on one day are one delivery.
 * A key listing places ("agreement|india+russia") is left whole: two deals
 * India signs on one day are not one.
 *
 * Incidents and exercises told with a trigger word are keyed by their
 * theatre; told by a clause whose places below a country all lie in one
 * theatre ("troops clashed near Yangtse"), they are blocked with those of that theatre, so
 * one outlet's "the clash in Tawang sector" and another's clause meet.
 * Inside such a block, tellings near in date from different articles join.
 */
function blockOf(mention: EventMention, placeInfo: (id: string) => PlaceInfo | undefined): { key: string; join: JoinRule } {
  const { date, key, type } = mention;
  const clause = clauseKeyParts(key);
  const country = ONE_PER_COUNTRY_TYPES.has(type) && !clause ? countryOfKey(mention, placeInfo) : undefined;
  if (country !== undefined) return { key: `${type}|in|${country}`, join: 'days' };
  if (THEATRE_KEYED_TYPES.has(type)) {
    const theatre = date && clause ? soleTheatreOf(mention.placeIds, placeInfo) : undefined;
    if (theatre !== undefined) return { key: `${type}|${theatre}`, join: 'items' };
    if (!clause) return { key, join: 'items' };
  }
  // "India gifted the Dhruv in 2010" against another outlet's "the Dhruv delivered in 2010": a clause naming systems meets their deliveries and deals.
  const firstSystem = SYSTEM_KEYED_TYPES.has(type) ? [...mention.itemIds].sort(compareStrings)[0] : undefined;
  if (date && clause && firstSystem !== undefined) return { key: `${type}|${firstSystem}`, join: 'items' };
  // By the first day only: one article's "docked on Tuesday" and "will stay until August 22" are one stay.
  if (date && clause) return { key: `${type}|clause|${date.start}`, join: 'clause' };
  if (!ITEM_KEYED_TYPES.has(type)) return { key, join: null };
  const [, listed = '', ...rest] = key.split('|');
  const [first = '', ...others] = listed.split('+');
  const listsSystems = others.length > 0 && [first, ...others].every((id) => placeInfo(id) === undefined);
  return { key: listsSystems ? [type, first, ...rest].join('|') : key, join: 'items' };
}

export function blockKeyOf(mention: EventMention, placeInfo: (id: string) => PlaceInfo | undefined): string {
  return blockOf(mention, placeInfo).key;
}

/** The article ids a cluster's mentions come from. */
function articlesOf(cluster: Cluster): Set<string> {
  return new Set(cluster.mentions.map((mention) => mention.source.articleId));
}

/**
 * What a clause cluster is about, as comparable tags: its systems, people
 * and places more specific than a country, what its clause is about and
 * its verb. Countries are left out: on any day many unrelated events name
 * India.
 */
function anchorsOf(cluster: Cluster, placeInfo: (id: string) => PlaceInfo | undefined): Set<string> {
  const anchors = new Set<string>();
  for (const mention of cluster.mentions) {
    for (const id of mention.itemIds) anchors.add(`item:${id}`);
    for (const id of mention.people) anchors.add(`person:${id}`);
    for (const id of mention.placeIds) if (placeInfo(id)?.kind !== 'country') anchors.add(`place:${id}`);
    const parts = clauseKeyParts(mention.key);
    if (parts) anchors.add(`about:${parts.anchor}`).add(`verb:${parts.verb}`);
  }
  return anchors;
}

/** A cluster's anchors that may join it to another's: for events of no more specific type, a person alone is too weak (a minister does many things a day). */
function joiningAnchorsOf(cluster: Cluster, placeInfo: (id: string) => PlaceInfo | undefined): string[] {
  const type = cluster.mentions[0]?.type ?? 'other';
  return [...anchorsOf(cluster, placeInfo)].filter((anchor) => type !== 'other' || !anchor.startsWith('person:'));
}

interface JoinedGroup {
  key: string;
  cluster: Cluster;
  articles: Set<string>;
}

/**
 * The clusters of one clause block (one type, one first day) as events:
 * each outlet's telling joins the earliest group of the same days it shares
 * an anchor with and has no article in common with (one article's two clauses stay two
 * events). Groups are found through an index of their anchors, never by
 * comparing every pair; greedy in the clusters' order, so the same mentions
 * give the same events.
 */
function joinClauseClusters(clusters: readonly { key: string; cluster: Cluster }[], placeInfo: (id: string) => PlaceInfo | undefined): { key: string; cluster: Cluster }[] {
  const groups: JoinedGroup[] = [];
  const groupsByAnchor = new Map<string, Set<number>>();
  for (const { key, cluster } of clusters) {
    const articles = articlesOf(cluster);
    const anchors = joiningAnchorsOf(cluster, placeInfo);
    const candidates = [...new Set(anchors.flatMap((anchor) => [...(groupsByAnchor.get(anchor) ?? [])]))].sort((a, b) => a - b);
    const joinable = (group: JoinedGroup | undefined) => group !== undefined && group.cluster.end === cluster.end && ![...articles].some((id) => group.articles.has(id));
    const index = candidates.find((candidate) => joinable(groups[candidate])) ?? groups.length;
    const group = groups[index];
    if (group) {
      group.cluster.mentions.push(...cluster.mentions);
      for (const id of articles) group.articles.add(id);
      if (compareStrings(key, group.key) < 0) group.key = key;
    } else {
      groups.push({ key, cluster, articles });
    }
    for (const anchor of anchors) groupsByAnchor.set(anchor, (groupsByAnchor.get(anchor) ?? new Set()).add(index));
  }
  return groups.map(({ key, cluster }) => ({ key, cluster }));
}

/** The first source of a cluster, by article and offset: where it is first told. */
function firstSourceOf(cluster: Cluster): SourceInput | undefined {
  return sortSources(cluster.mentions.map((mention) => mention.source))[0];
}

function compareFirstSources(a: Cluster, b: Cluster): number {
  const [first, second] = [firstSourceOf(a), firstSourceOf(b)];
  return compareStrings(first?.articleId ?? '', second?.articleId ?? '') || (first?.start ?? 0) - (second?.start ?? 0);
}

/**
 * The clusters of one block of events keyed by systems as events: a
 * cluster joins the first open group near its dates (as one key's reports
 * would cluster) that has no article in common with it. By start day, so
 * only groups still within reach are looked at.
 */
function joinItemClusters(clusters: readonly { key: string; cluster: Cluster }[]): { key: string; cluster: Cluster }[] {
  const groups: JoinedGroup[] = [];
  let open: JoinedGroup[] = [];
  const ordered = [...clusters].sort((a, b) => a.cluster.start - b.cluster.start || compareFirstSources(a.cluster, b.cluster));
  for (const { key, cluster } of ordered) {
    open = open.filter((group) => group.cluster.end + SAME_EVENT_GAP_DAYS >= cluster.start);
    const articles = articlesOf(cluster);
    const group = open.find((candidate) => isNear(candidate.cluster, cluster) && ![...articles].some((id) => candidate.articles.has(id)));
    if (!group) {
      const created = { key, cluster: { ...cluster, mentions: [...cluster.mentions] }, articles };
      groups.push(created);
      open.push(created);
      continue;
    }
    group.cluster.mentions.push(...cluster.mentions);
    group.cluster.start = Math.min(group.cluster.start, cluster.start);
    group.cluster.end = Math.max(group.cluster.end, cluster.end);
    for (const id of articles) group.articles.add(id);
    if (compareStrings(key, group.key) < 0) group.key = key;
  }
  return groups.map(({ key, cluster }) => ({ key, cluster }));
}

/** The key that names a cluster told under several keys: the first in order, so any order of mentions gives the same. */
function firstKeyOf(cluster: Cluster): string {
  return cluster.mentions.map((mention) => mention.key).sort(compareStrings)[0] ?? '';
}

/** One block's mentions as clusters of one event each, keyed by the key that names the event. */
function clustersOfBlock(mentions: readonly EventMention[], placeInfo: (id: string) => PlaceInfo | undefined): { key: string; cluster: Cluster }[] {
  const first = mentions[0];
  const join = first ? blockOf(first, placeInfo).join : null;
  // A country's parade or show on one day is one, whichever place or article tells it.
  if (join === 'days') return clusterByDate([...mentions]).map((cluster) => ({ key: firstKeyOf(cluster), cluster }));
  const clusters: { key: string; cluster: Cluster }[] = [];
  for (const [key, told] of groupBy(mentions, (mention) => mention.key)) {
    for (const cluster of clusterByDate(told)) clusters.push({ key, cluster });
  }
  if (clusters.length < 2 || join === null) return clusters;
  return join === 'clause' ? joinClauseClusters(clusters.sort((a, b) => compareFirstSources(a.cluster, b.cluster)), placeInfo) : joinItemClusters(clusters);
}

/** All articles' event mentions merged into events, sorted by date then id; block by block (see blockKeyOf), whether given one block or many. */
export function mergeEvents(mentions: readonly EventMention[], placeInfo: (id: string) => PlaceInfo | undefined): EventInput[] {
  return [...groupBy(mentions, (mention) => blockKeyOf(mention, placeInfo))]
    .flatMap(([, block]) => clustersOfBlock(block, placeInfo))
    .map(({ key, cluster }) => toEvent(key, cluster, placeInfo))
    .sort((a, b) => compareStrings(a.start ?? '9999', b.start ?? '9999') || compareStrings(a.id, b.id));
}

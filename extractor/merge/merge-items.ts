import type { DateSpan, DisputeInput, Money, ProcurementItemInput, ProcurementStatus } from '../../schema/bundle';
import type { ItemFact } from '../article/extract-article';
import { toEpochDay } from '../dates/iso-day';
import { STATUS_PRIORITY } from '../procurement/detect-status';
import type { Claim } from './sources';
import { compareStrings, groupBy, mostSupported, onePerArticle, toClaims } from './sources';

/**
 * When articles report different stages, the furthest one stands (the same
 * order a single sentence's cues are ranked in): a delay or a delivery is news
 * that supersedes an earlier "scheduled" or "in talks".
 */
function furthestStatus(statuses: ProcurementStatus[]): ProcurementStatus {
  return STATUS_PRIORITY.find((status) => statuses.includes(status)) ?? 'mentioned';
}

const moneyKey = (money: Money) => `${money.currency} ${money.amount}`;
const spanKey = (span: DateSpan) => `${span.start}|${span.end}|${span.precision}`;

function overlap(a: DateSpan, b: DateSpan): boolean {
  return toEpochDay(a.start) <= toEpochDay(b.end) && toEpochDay(b.start) <= toEpochDay(a.end);
}

function describeSpan(span: DateSpan): string {
  return `${span.start} to ${span.end} (${span.text})`;
}

function disputeOf<T>(
  field: DisputeInput['field'],
  claims: Claim<T>[],
  chosen: T | undefined,
  agree: (a: T, b: T) => boolean,
  describe: (value: T) => string,
): DisputeInput | null {
  if (chosen === undefined) return null;
  const chosenClaim = claims.find((claim) => claim.value === chosen);
  const disagreeing = claims.filter((claim) => !agree(chosen, claim.value));
  if (!chosenClaim || disagreeing.length === 0) return null;
  return {
    field,
    claims: [chosenClaim, ...disagreeing].map((claim) => ({ value: describe(claim.value), sources: onePerArticle(claim.sources) })),
  };
}

function bySourcesThenPrecision(a: Claim<DateSpan>, b: Claim<DateSpan>): number {
  const rank = { day: 0, month: 1, quarter: 2, year: 3 } as const;
  return new Set(b.sources.map((s) => s.articleId)).size - new Set(a.sources.map((s) => s.articleId)).size || rank[a.value.precision] - rank[b.value.precision];
}

/** One record per catalogue item; what the sources disagree on is kept as a dispute. */
export function mergeItems(facts: readonly ItemFact[]): ProcurementItemInput[] {
  const items: ProcurementItemInput[] = [];
  for (const [itemId, group] of groupBy(facts, (fact) => fact.mention.itemId)) {
    const first = group[0];
    if (!first) continue;
    const said = <T>(valueOf: (fact: ItemFact) => T | null) => group.map((fact) => ({ value: valueOf(fact), source: fact.source }));
    const values = toClaims(said((fact) => fact.mention.value), moneyKey);
    const deliveries = toClaims(said((fact) => fact.mention.expectedDelivery), spanKey).sort(bySourcesThenPrecision);
    const suppliers = toClaims(said((fact) => fact.mention.supplier));
    const value = mostSupported(values);
    const expectedDelivery = deliveries[0]?.value;
    const supplier = mostSupported(suppliers);
    const spellings = new Set(group.flatMap((fact) => [fact.mention.text.trim(), ...fact.mention.aliases]));
    spellings.delete(first.mention.name);
    items.push({
      id: itemId,
      name: first.mention.name,
      aliases: [...spellings].sort(compareStrings),
      category: first.mention.category,
      supplier: supplier ?? null,
      recipient: mostSupported(toClaims(said((fact) => fact.mention.recipient))) ?? null,
      status: furthestStatus(group.map((fact) => fact.mention.status)),
      value: value ?? null,
      expectedDelivery: expectedDelivery ?? null,
      sources: onePerArticle(group.map((fact) => fact.source)),
      disputes: [
        disputeOf('value', values, value, (a, b) => moneyKey(a) === moneyKey(b), (money) => money.text),
        disputeOf('expectedDelivery', deliveries, expectedDelivery, overlap, describeSpan),
        disputeOf('supplier', suppliers, supplier, (a, b) => a === b, String),
      ].filter((dispute): dispute is DisputeInput => dispute !== null),
    });
  }
  return items.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}

import type { PersonInput } from '../../schema/bundle';
import type { PersonFact } from '../article/extract-article';
import { compareStrings, groupBy, mostSupported, onePerArticle, toClaims } from './sources';

/** One person per id; aliases are the other spellings the articles used. */
export function mergePeople(facts: readonly PersonFact[]): PersonInput[] {
  const people: PersonInput[] = [];
  for (const [personId, group] of groupBy(facts, (fact) => fact.mention.personId)) {
    const first = group[0];
    if (!first) continue;
    const name = first.mention.name;
    const spellings = new Set(group.map((fact) => fact.mention.text.trim()));
    spellings.delete(name);
    people.push({
      id: personId,
      name,
      aliases: [...spellings].sort(compareStrings),
      role: mostSupported(toClaims(group.map((fact) => ({ value: fact.mention.role, source: fact.source })))) ?? null,
      country: mostSupported(toClaims(group.map((fact) => ({ value: fact.mention.country, source: fact.source })))) ?? null,
      sources: onePerArticle(group.map((fact) => fact.source)),
    });
  }
  return people.sort((a, b) => compareStrings(a.id, b.id));
}

import { describe, expect, it } from 'vitest';
import { PEOPLE_DIRECTORY } from '../../../extractor/people/people-directory';

const foldedTokens = (phrase: string) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();

describe('PEOPLE_DIRECTORY', () => {
  it('lists the people of the domain broadly', () => {
    expect(PEOPLE_DIRECTORY.length).toBeGreaterThanOrEqual(120);
  });

  it('gives every person a unique kebab-case id, a role and a country code', () => {
    const ids = PEOPLE_DIRECTORY.map((person) => person.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const person of PEOPLE_DIRECTORY) {
      expect(person.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(person.role.length, person.id).toBeGreaterThan(0);
      if (person.country !== null) expect(person.country, person.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('maps no spelling to two people', () => {
    const owners = new Map<string, string>();
    for (const person of PEOPLE_DIRECTORY) {
      for (const phrase of new Set([person.name, ...person.aliases].map(foldedTokens))) {
        expect(owners.get(phrase) ?? person.id, `"${phrase}"`).toBe(person.id);
        owners.set(phrase, person.id);
      }
    }
  });

  it.each(['Singh', 'Khan', 'Kumar', 'Li', 'Wang', 'Zhang', 'Sharif', 'Gandhi', 'Xi', 'Wei'])(
    'never lists the common surname "%s" as an alias on its own',
    (surname) => {
      for (const person of PEOPLE_DIRECTORY) expect(person.aliases, person.id).not.toContain(surname);
    },
  );

  it.each([
    ['sergei-shoigu', ['Sergey Shoigu', 'General Shoigu', 'Shoigu']],
    ['s-jaishankar', ['S. Jaishankar', 'Jaishankar']],
    ['yury-borisov', ['Yuri Borisov']],
    ['wei-fenghe', ['Gen Wei Fenghe']],
  ])('spells %s as %j too', (id, aliases) => {
    const person = PEOPLE_DIRECTORY.find((candidate) => candidate.id === id);
    expect(person?.aliases).toEqual(expect.arrayContaining(aliases));
  });
});

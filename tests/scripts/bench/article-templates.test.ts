import { allTemplates, fillTemplate, unknownSlots } from '../../../scripts/bench/article-templates';
import { defaultVocabulary } from '../../../scripts/bench/corpus-vocabulary';
import { createRandom } from '../../../scripts/bench/random';
import { synthesizeStory } from '../../../scripts/bench/synthesize-article';

const { slots } = synthesizeStory(createRandom(1), defaultVocabulary());

describe('article templates', () => {
  it('offers at least 60 templates', () => {
    expect(allTemplates().length).toBeGreaterThanOrEqual(60);
  });

  it.each(allTemplates())('uses only known slots: %s', (template) => {
    expect(unknownSlots(template)).toEqual([]);
    expect(fillTemplate(template, slots)).not.toMatch(/[{}]/);
  });

  it('fills slots with the story\'s words and throws on an unknown slot', () => {
    expect(fillTemplate('{visitor} met {host} in {city}.', slots)).toBe(`${slots.visitor} met ${slots.host} in ${slots.city}.`);
    expect(() => fillTemplate('{nope}', slots)).toThrow(/unknown slot/);
  });
});

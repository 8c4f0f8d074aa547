import { describe, expect, it } from 'vitest';
import { compactTitle, MAX_TITLE_LENGTH } from '../../../extractor/events/compact-title';

describe('compactTitle', () => {
  it.each([
    ['drops an acronym in brackets and keeps the object', 'The Defence Acquisition Council (DAC) accorded approval for the procurement of 83 Tejas Mk1A fighters worth Rs 48,000 crore', 'Defence Acquisition Council accorded approval for the procurement of 83 Tejas Mk1A'],
    ['drops an apposition between the actor and its verb', 'The Ababeel, Pakistan’s first multiple-warhead missile, was first tested', 'Ababeel first tested'],
    ['drops a description introduced by a participle', 'The Defence Acquisition Council, chaired by Defence Minister Rajnath Singh, cleared the purchase of 26 Rafale M jets', 'Defence Acquisition Council cleared the purchase of 26 Rafale M jets'],
    ['drops the setting before the actor', 'On the night, Indian troops occupied heights along the south bank of Pangong Tso', 'Indian troops occupied heights along the south bank of Pangong Tso'],
    ['writes "will" as "to", as headlines do', 'The remaining 14 Apaches will arrive at Jorhat', 'Remaining 14 Apaches to arrive at Jorhat'],
    ['leaves out the auxiliary of a passive', 'The first four Chinooks were shipped to the Mundra port in Gujarat', 'First four Chinooks shipped to the Mundra port in Gujarat'],
    ['stops where the clause goes on about something else', 'The US sale of 12 AH-1Z Viper helicopters has been held up since Washington suspended security assistance to Islamabad', 'US sale of 12 AH-1Z Viper helicopters held up'],
    ['leaves out the relative word a cut clause opens with', 'whose first serial systems are to enter service with the troops this year', 'First serial systems to enter service with the troops this year'],
    ['finishes a name it would cut', 'The Indian Navy’s stealth frigate INS Shivalik and the corvette INS Kadmatt, along with a P-8I aircraft, exercised with the Royal Australian Navy', 'Indian Navy’s stealth frigate INS Shivalik exercised with the Royal Australian Navy'],
    ['keeps the noun of a name used as an adjective', 'External Affairs Minister S. Jaishankar is scheduled to meet his Chinese counterpart Wang Yi on the sidelines of the SCO meeting in Dushanbe', 'External Affairs Minister S. Jaishankar scheduled to meet his Chinese counterpart'],
  ])('%s', (_name, words, title) => {
    expect(compactTitle(words)).toBe(title);
  });

  it('never ends on an ellipsis or a function word, and stays near the limit', () => {
    const title = compactTitle('India and China agreed to maintain close contact and work out a mutually acceptable resolution of the remaining issues along the border in the western sector at the earliest');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 16);
    expect(title).not.toMatch(/…|\s(?:the|of|and|to|in)$/);
  });
});

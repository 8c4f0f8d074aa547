import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../extractor/people/extract-people';
import { splitSentences } from '../../../extractor/text/split-sentences';
import type { Sentence } from '../../../extractor/types';

const oneSentence = (text: string): Sentence[] => [{ text, start: 0, end: text.length }];
const peopleIn = (text: string) => extractPeople(text, oneSentence(text));
const idsIn = (text: string) => peopleIn(text).map((mention) => mention.personId);
const readArticle = (file: string) => readFileSync(fileURLToPath(new URL(`../../../data/articles/${file}`, import.meta.url)), 'utf8');

describe('extractPeople on the default articles', () => {
  it.each([
    ['000_06475bec42396503.txt', ['rajnath-singh', 's-jaishankar', 'sergei-shoigu']],
    ['001_dfec131b4fcdb096.txt', ['rajnath-singh', 's-jaishankar', 'sergei-shoigu']],
    ['002_5a8ef84df38675f4.txt', ['rajnath-singh', 'sergei-shoigu', 'wei-fenghe']],
    ['003_b8affa03a4482651.txt', ['rajnath-singh', 'sergei-shoigu', 'yury-borisov']],
    ['004_f40112cbbbfa4a4d.txt', ['narendra-modi', 'rajnath-singh', 'sergei-shoigu']],
  ])('finds exactly the people of %s, each at its offsets and sentence', (file, expected) => {
    const text = readArticle(file);
    const sentences = splitSentences(text);
    const mentions = extractPeople(text, sentences);
    expect([...new Set(mentions.map((mention) => mention.personId))].sort()).toEqual(expected);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      const sentence = sentences[mention.sentenceIndex];
      expect(sentence && mention.start >= sentence.start && mention.end <= sentence.end).toBe(true);
    }
  });

  it.each([
    ['Defence Minister Rajnath Singh on Wednesday left for Moscow', 'Rajnath Singh', 'rajnath-singh'],
    ["I shall also be meeting Russia's Defence Minister, General Shoigu to discuss", 'General Shoigu', 'sergei-shoigu'],
    ['hold discussions with his Russian counterpart Sergey Shoigu on further', 'Sergey Shoigu', 'sergei-shoigu'],
    ['bilateral talks with his Russian counterpart Gen Shoigu.', 'Gen Shoigu', 'sergei-shoigu'],
    ['The Defence Minister of China, Gen Wei Fenghe is also expected', 'Gen Wei Fenghe', 'wei-fenghe'],
    ['meet Russian Deputy Prime Minister Yury Borisov and Defence Minister Sergei Shoigu', 'Yury Borisov', 'yury-borisov'],
    ['Russia has also invited External Affairs Minister S Jaishankar to attend', 'S Jaishankar', 's-jaishankar'],
    ["in the context of Prime Minister Narendra Modi's Aatma Nirbhar Bharat vision", 'Narendra Modi', 'narendra-modi'],
    ['talks with his Russian counterpart General Sergei Shoigu on a wide range', 'General Sergei Shoigu', 'sergei-shoigu'],
  ])('in "%s" finds "%s" as %s', (text, words, id) => {
    const mention = peopleIn(text).find((candidate) => candidate.text === words);
    expect(mention?.personId).toBe(id);
  });

  it('gives a directory person their name, aliases, role and country', () => {
    const [mention] = peopleIn('Excellent meeting with General Sergey Shoigu in Moscow today.');
    expect(mention).toMatchObject({
      personId: 'sergei-shoigu',
      name: 'Sergei Shoigu',
      role: 'Defence Minister of Russia (2012-2024)',
      country: 'RU',
      text: 'General Sergey Shoigu',
      sentenceIndex: 0,
    });
    expect(mention?.aliases).toEqual(expect.arrayContaining(['Sergey Shoigu', 'General Shoigu', 'Shoigu']));
  });
});

describe('extractPeople on sentences from other outlets', () => {
  it.each([
    ['Army chief Gen M M Naravane visited Leh on Friday.', ['mm-naravane']],
    ['General Manoj Mukund Naravane and later Gen Naravane reviewed the troops.', ['mm-naravane', 'mm-naravane']],
    ['Air Chief Marshal R K S Bhadauria inducted the Rafale jets at Ambala.', ['rks-bhadauria']],
    ['CDS General Bipin Rawat and Admiral Karambir Singh attended.', ['bipin-rawat', 'karambir-singh']],
    ['National Security Adviser Ajit Doval spoke to Wang Yi for two hours.', ['ajit-doval', 'wang-yi']],
    ['EAM Dr S. Jaishankar met Sergei Lavrov; Jaishankar and Lavrov then spoke to reporters.', ['s-jaishankar', 'sergey-lavrov', 's-jaishankar', 'sergey-lavrov']],
    ['President Vladimir Putin received Prime Minister Modi in the Kremlin; Putin hugged Modi.', ['vladimir-putin', 'narendra-modi', 'vladimir-putin', 'narendra-modi']],
    ['Chinese Foreign Minister Wang Yi met Jaishankar. Wang said both sides would disengage.', ['wang-yi', 's-jaishankar', 'wang-yi']],
    ['Gen Wei Fenghe sought a meeting; Wei later met Rajnath Singh, and Singh told Wei the LAC must be respected.', [
      'wei-fenghe',
      'wei-fenghe',
      'rajnath-singh',
      'rajnath-singh',
      'wei-fenghe',
    ]],
    ['Pakistan Army chief Gen Qamar Javed Bajwa met Imran Khan; Bajwa then flew to Riyadh.', ['qamar-javed-bajwa', 'imran-khan', 'qamar-javed-bajwa']],
    ['Prime Minister Shehbaz Sharif and Field Marshal Asim Munir visited Rawalpindi. Munir spoke first.', ['shehbaz-sharif', 'asim-munir', 'asim-munir']],
    ['US Defense Secretary Lloyd Austin and Secretary of State Antony Blinken arrived for the 2+2.', ['lloyd-austin', 'antony-blinken']],
    ['French Armed Forces Minister Florence Parly handed over the jets; Parly thanked Dassault.', ['florence-parly', 'florence-parly']],
    ['Dmitry Shugaev of the FSMTC and Alexander Mikheev of Rosoboronexport signed the contract.', ['dmitry-shugaev', 'alexander-mikheev']],
    ['Russian Ambassador to India Denis Alipov and Nikolai Kudashev before him backed the deal.', ['denis-alipov', 'nikolai-kudashev']],
    ['Jaishankar met Wang Yi and said both must respect the LAC. Wang called for trust.', ['s-jaishankar', 'wang-yi', 'wang-yi']],
    ['Japanese Defence Minister Gen Nakatani met Pete Hegseth; Hegseth praised Nakatani.', ['gen-nakatani', 'pete-hegseth', 'pete-hegseth', 'gen-nakatani']],
    ['General He Weidong inspected the troops. He said they were ready.', ['he-weidong']],
    ['Singh said the border was calm.', []],
    ['Mr Wang and General Zhang were not named before.', []],
    ['Khan, Kumar and Li were not named before either.', []],
    ['The Defence Minister and the Defence Secretary met the Army chief.', []],
    ['The UN General Assembly and the General Staff met; General Atomics sold drones.', []],
    ['The Admiral Grigorovich-class frigates and the Admiral Kuznetsov carrier sailed.', []],
    ['Defence Minister Leaves For Moscow Amid Tensions With China', []],
    ["President Xi Jinping visited Xi'an; Xi later returned to Beijing.", ['xi-jinping', 'xi-jinping']],
    ['rajnath singh in lower case is not a name, RAJNATH SINGH in capitals is.', ['rajnath-singh']],
    ['Lt Gen Anindya Sengupta led the Indian side and Maj Gen Liu Lin the Chinese; Sengupta spoke first.', ['anindya-sengupta', 'liu-lin', 'anindya-sengupta']],
    ['Admiral Michael Gilday hosted Admiral Karambir Singh; Gilday and Samuel Paparo toured Pearl Harbor.', ['michael-gilday', 'karambir-singh', 'michael-gilday', 'samuel-paparo']],
    ['General Chang Wanquan and General Raheel Sharif reviewed the CPEC security force.', ['chang-wanquan', 'raheel-sharif']],
    ['Admiral Amjad Khan Niazi commissioned the frigate; Niazi thanked China.', ['amjad-khan-niazi', 'amjad-khan-niazi']],
    ['A press release followed the 14th round of the China-India Corps Commander Level Meeting.', []],
    ['Turkish Defence Minister Hulusi Akar met Gilberto Teodoro; Akar and Teodoro signed the pact.', ['hulusi-akar', 'gilberto-teodoro', 'hulusi-akar', 'gilberto-teodoro']],
    ['Deputy Foreign Minister Sergey Ryabkov said Yunus-Bek Yevkurov would visit.', ['sergei-ryabkov', 'yunus-bek-yevkurov']],
    ['Caretaker Prime Minister Anwaar-ul-Haq Kakar met Interior Minister Mohsin Naqvi.', ['anwaar-ul-haq-kakar', 'mohsin-naqvi']],
    ['Bhutan Prime Minister Lotay Tshering met Ambassador Luo Zhaohui and Donald Lu.', ['lotay-tshering', 'luo-zhaohui', 'donald-lu']],
    ['Spokesperson Geng Shuang said Japanese Prime Minister Yoshihide Suga and Moon Jae-in would attend.', ['geng-shuang', 'yoshihide-suga', 'moon-jae-in']],
    ['Commander Pakistan Fleet Vice Admiral Muhammad Faisal Abbasi addressed the gathering.', ['muhammad-faisal-abbasi']],
  ])('reads "%s" as %j', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  it.each([
    ['Kazakh Defence Minister Nurlan Yermekbayev arrived.', 'nurlan-yermekbayev', 'KZ'],
    ['Kyrgyz Defence Minister Taalaibek Omuraliev arrived.', 'taalaibek-omuraliev', 'KG'],
    ["Bangladesh's Army chief General Waker-uz-Zaman arrived.", null, null],
    ['Belarusian Defence Minister Viktor Khrenin arrived.', 'viktor-khrenin', 'BY'],
    ['The Defence Minister of Mongolia, Gursed Saikhanbayar, arrived.', 'gursed-saikhanbayar', 'MN'],
    ['Lt Gen Rajiv Ghai, the Central Army commander, arrived.', 'rajiv-ghai', null],
    ['Chinese Defence Minister Admiral Dong Jun arrived.', 'dong-jun', 'CN'],
    ['Sri Lankan Navy chief Vice Admiral Priyantha Perera arrived.', 'priyantha-perera', 'LK'],
    ['Portuguese Prime Minister Luis Montenegro arrived.', 'luis-montenegro', 'PT'],
    ['HAL Chairman C B Ananthakrishnan arrived.', 'c-b-ananthakrishnan', null],
    ['Union Minister Kiren Rijiju arrived.', 'kiren-rijiju', 'IN'],
    ['North Korean Defence Minister No Kwang Chol arrived.', 'no-kwang-chol', 'KP'],
    ["South Korea's Defence Minister Ahn Gyu-back arrived.", 'ahn-gyu-back', 'KR'],
  ])('in "%s" catches %s from %s by the title', (text, id, country) => {
    const [mention] = peopleIn(text);
    expect(mention?.personId ?? null).toBe(id);
    expect(mention?.country ?? null).toBe(country);
  });

  it('names an unknown person from the title, with the role and the words as written', () => {
    const text = 'Lieutenant General Zhang Xudong, commander of the Western Theatre Command, met Chinese Senior Colonel Wu Ping. Zhang said.';
    expect(peopleIn(text).map(({ personId, name, role, text: words }) => ({ personId, name, role, words }))).toEqual([
      { personId: 'zhang-xudong', name: 'Zhang Xudong', role: 'Lieutenant General', words: 'Lieutenant General Zhang Xudong' },
      { personId: 'wu-ping', name: 'Wu Ping', role: 'Colonel', words: 'Senior Colonel Wu Ping' },
    ]);
  });

  it('resolves a surname to the person named nearest before it', () => {
    const text = 'Rajnath Singh met Lt Gen Harinder Singh at Leh. Singh briefed him. Rajnath Singh then left; Singh flew to Delhi.';
    expect(peopleIn(text).map((mention) => `${mention.personId}:${mention.text}`)).toEqual([
      'rajnath-singh:Rajnath Singh',
      'harinder-singh:Lt Gen Harinder Singh',
      'harinder-singh:Singh',
      'rajnath-singh:Rajnath Singh',
      'rajnath-singh:Singh',
    ]);
  });

  it('does not read a stranger’s surname as a back-reference', () => {
    expect(idsIn('Rajnath Singh met Harpreet Singh, a farmer.')).toEqual(['rajnath-singh']);
  });

  it.each([
    ['Nurlan\nYermekbayev spoke.', ['Yermekbayev']],
    ['He met Gen.\nRajnath Singh later.', ['Rajnath Singh']],
  ])('keeps every mention of %j inside one sentence', (text, words) => {
    const mentions = extractPeople(text, splitSentences(text));
    expect(mentions.map((mention) => mention.text)).toEqual(words);
  });

  it('skips people outside every sentence (a related-story line)', () => {
    const text = 'READ | Rajnath Singh pays tribute to Pranab Mukherjee\nShoigu met him.';
    const sentences: Sentence[] = [{ text: 'Shoigu met him.', start: 54, end: text.length }];
    expect(extractPeople(text, sentences).map((mention) => mention.personId)).toEqual(['sergei-shoigu']);
  });
});

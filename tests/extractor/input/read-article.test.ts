import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, readArticle } from '../../../extractor/input/read-article';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(name: string, content: string | Uint8Array) {
  return readArticle({ name, bytes: typeof content === 'string' ? encode(content) : content });
}

describe('readArticle on the default articles', () => {
  it.each<[string, string, string | null, number]>([
    ['000_06475bec42396503.txt', 'Defence Minister Rajnath Singh on Wednesday left for Moscow on a three-day visit to Russia where he will attend the Shanghai Cooperation Organization (SCO) Defence Ministers’ meeting.', 'ANI', 17],
    ['001_dfec131b4fcdb096.txt', 'Defence minister Rajnath Singh this morning left for Russia to attend a key meeting of the defence ministers of the Shanghai Cooperation Organisation (SCO) and hold discussions with his Russian…', null, 0],
    ['002_5a8ef84df38675f4.txt', 'Defence Minister Rajnath Singh embarked on a three-day visit to Russia on September 2, 2020.', null, 17],
    ['003_b8affa03a4482651.txt', 'Union Defence Minister Rajnath Singh on Monday (June 22) left for a three-day visit to Moscow, Russia, and during his visit Singh will hold talks on ways to further deepen the India-Russia defence…', 'ANI', 17],
    ['004_f40112cbbbfa4a4d.txt', 'Union Defence Minister Rajnath Singh on Thursday held talks with his Russian counterpart General Sergei Shoigu on a wide range of issues, particularly on how to deepen defence and strategic…', null, 17],
  ])('reads %s', (name, title, outlet, bodyStart) => {
    const bytes = readFileSync(`data/articles/${name}`);
    const { article, warnings } = readArticle({ name, bytes });
    expect(warnings).toEqual([]);
    expect(article?.id).toBe(name.replace('.txt', ''));
    expect(article?.file).toBe(name);
    expect(article?.title).toBe(title);
    expect(article?.title.length).toBeLessThanOrEqual(200);
    expect(article?.outlet).toBe(outlet);
    expect(article?.bodyStart).toBe(bodyStart);
    expect(article?.text).toBe(bytes.toString('utf8'));
  });

  it('keeps every default article text unchanged apart from line breaks', () => {
    for (const name of readdirSync('data/articles')) {
      const bytes = readFileSync(`data/articles/${name}`);
      expect(read(name, bytes).article?.text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });
});

describe('readArticle rejects what is not an article', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['an empty file', '', 'is empty'],
    ['a whitespace-only file', '  \n\t\r\n  ', 'is empty'],
    ['a file with NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'looks binary, not text'],
    ['a file full of control bytes', new Uint8Array([...encode('text'), ...Array.from({ length: 20 }, () => 0x01)]), 'looks binary, not text'],
    ['HTML with no text', '<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>', 'is empty (no text once markup is removed)'],
  ])('rejects %s', (_case, content, warning) => {
    const name = typeof content === 'string' && content.startsWith('<') ? 'page.html' : 'bad.txt';
    expect(read(name, content)).toEqual({ article: null, warnings: [warning] });
  });
});

describe('readArticle normalises text', () => {
  it('reads Windows-1252 bytes with a warning', () => {
    const bytes = new Uint8Array([...encode('Shoigu said '), 0x93, ...encode('excellent'), 0x94, ...encode(' on Thursday '), 0x96, ...encode(' caf'), 0xe9, 0x2e]);
    const { article, warnings } = read('cp1252.txt', bytes);
    expect(article?.text).toBe('Shoigu said “excellent” on Thursday – café.');
    expect(warnings).toEqual(['is not valid UTF-8; read as Windows-1252']);
  });

  it('keeps a mostly valid UTF-8 file as UTF-8 and replaces its broken bytes', () => {
    const bytes = new Uint8Array([...encode('“Heading to Moscow.” Singh’s visit'), 0xff, ...encode(' – “today”.')]);
    const { article, warnings } = read('broken-utf8.txt', bytes);
    expect(article?.text).toBe('“Heading to Moscow.” Singh’s visit� – “today”.');
    expect(warnings).toEqual(['has 1 byte that is not valid UTF-8; replaced with �']);
  });

  it('removes a BOM and turns CRLF and CR into LF', () => {
    const { article, warnings } = read('bom.txt', '\uFEFF date 2020-09-03 First line.\r\nSecond line.\rThird line.');
    expect(article?.text).toBe(' date 2020-09-03 First line.\nSecond line.\nThird line.');
    expect(article?.bodyStart).toBe(17);
    expect(article?.title).toBe('First line.');
    expect(warnings).toEqual([]);
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Singh met Shoigu.'].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(read('utf16.txt', utf16).article?.text).toBe('Singh met Shoigu.');
  });

  it('truncates a huge text at a sentence boundary and says by how much', () => {
    const sentence = 'Singh met Shoigu in Moscow on Thursday. ';
    const huge = sentence.repeat(Math.ceil((MAX_ARTICLE_CHARS * 1.5) / sentence.length));
    const { article, warnings } = read('huge.txt', huge);
    expect(article?.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article?.text.endsWith('Thursday.')).toBe(true);
    expect(warnings).toEqual([
      `is ${huge.length.toLocaleString('en-US')} characters long; kept the first ${(article?.text.length ?? 0).toLocaleString('en-US')} characters`,
    ]);
  });

  it('strips markup from only the start of a huge page, saying how much was kept', () => {
    const paragraph = '<p>Singh met <b>Shoigu</b> in Moscow on Thursday.</p>\n';
    const html = paragraph.repeat(Math.ceil((MAX_ARTICLE_CHARS * 5) / paragraph.length));
    const { article, warnings } = read('huge.html', html);
    expect(article?.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article?.text.startsWith('Singh met Shoigu in Moscow on Thursday.')).toBe(true);
    expect(warnings).toEqual([
      `is ${html.length.toLocaleString('en-US')} characters long; kept the first ${(article?.text.length ?? 0).toLocaleString('en-US')} characters`,
    ]);
  });

  it('strips hostile HTML to inert plain text', () => {
    const html = `<!DOCTYPE html><html><head><title>Ignored</title><style>body{}</style><script>alert("head")</script></head>
<body onload="steal()"><h1>Rajnath Singh meets Shoigu</h1>
<p class="byline">By PTI | Updated: Sep 03, 2020 07:05 IST</p>
<p>NEW DELHI, Sept 3, 2020 (PTI) &mdash; Defence Minister Rajnath Singh <b>held</b> talks
with Sergei Shoigu in Moscow.<img src="x" onerror="alert('img')"></p>
<script type="text/javascript">document.write('<p>injected</p>')</script><noscript>Enable JS</noscript>
<p>Read <a href="javascript:alert('link')" onclick="evil()">the statement</a> &amp; the &quot;joint&quot; note &#8212; &#x201C;excellent&#x201D;.</p>
<template><p>hidden</p></template><!-- <script>alert('comment')</script> --><p>5 &lt; 6 and a > b</p></body></html>`;
    const { article, warnings } = read('hostile.html', html);
    expect(warnings).toEqual([]);
    expect(article?.text).toBe(
      'Rajnath Singh meets Shoigu\n\nBy PTI | Updated: Sep 03, 2020 07:05 IST\n\nNEW DELHI, Sept 3, 2020 (PTI) — Defence Minister Rajnath Singh held talks with Sergei Shoigu in Moscow.\n\nRead the statement & the "joint" note — “excellent”.\n\n5 < 6 and a > b',
    );
    expect(article?.title).toBe('Rajnath Singh meets Shoigu');
    expect(article?.outlet).toBe('PTI');
    expect(article?.text).not.toMatch(/alert|onerror|onload|javascript:|injected|hidden|Ignored|Enable JS/);
  });

  it.each<[string, string]>([
    ['<html><head><title>Rajnath meets Shoigu | Hindustan Times</title></head><body><nav>Home | World | India</nav><h1>Rajnath <em>meets</em> Shoigu</h1><p>Singh met Shoigu.</p></body></html>', 'Rajnath meets Shoigu'],
    ['<html><head><title>Rajnath meets Shoigu &amp; Wei</title></head><body><nav>Home | World</nav><p>Singh met Shoigu.</p></body></html>', 'Rajnath meets Shoigu & Wei'],
    ['<p>Singh met Shoigu.</p>', 'Singh met Shoigu.'],
  ])('takes an HTML page’s headline from its h1, then its title, then its first line', (html, title) => {
    expect(read('page.html', html).article?.title).toBe(title);
  });

  it.each([
    '6 DEC 2021, 21:10\nPutin, Modi hail partnership\n\nNEW DELHI, December 6. /TASS/. Putin and Modi held talks.',
    'TNN | Updated: Oct 19, 2022, 21:40 IST\nPutin, Modi hail partnership\nThey held talks.',
  ])('skips date and byline lines when looking for the headline', (text) => {
    expect(read('wire.txt', text).article?.title).toBe('Putin, Modi hail partnership');
  });

  it('leaves the wire dateline out of a first-sentence title', () => {
    const text = `NEW DELHI, Sept 3 (PTI) — Defence Minister Rajnath Singh held talks with Sergei Shoigu in Moscow on Thursday. ${'They discussed the S-400 and the AK-203. '.repeat(5)}`;
    expect(read('pti.txt', text).article?.title).toBe('Defence Minister Rajnath Singh held talks with Sergei Shoigu in Moscow on Thursday.');
  });

  it('treats an unclosed script as running to the end of the file', () => {
    expect(read('broken.htm', '<p>Singh met Shoigu.</p><script>alert(1)').article?.text).toBe('Singh met Shoigu.');
  });

  it('strips light markdown', () => {
    const markdown = '# Rajnath Singh in Moscow\n\n![photo](https://example.com/a.jpg)\n**Singh** met *Shoigu* and [Wei Fenghe](https://example.com/wei) on `Friday`.\n\n- first point\n> quoted line\n\n---\n1. numbered point\nsnake_case_word stays';
    expect(read('post.md', markdown).article?.text).toBe(
      'Rajnath Singh in Moscow\n\n\nSingh met Shoigu and Wei Fenghe on Friday.\n\n• first point\nquoted line\n\n\n• numbered point\nsnake_case_word stays',
    );
    expect(read('post.md', markdown).article?.title).toBe('Rajnath Singh in Moscow');
  });
});

describe('readArticle finds the outlet', () => {
  it.each<[string, string | null]>([
    ['NEW DELHI, Sept 3 (PTI) Singh met Shoigu.', 'PTI'],
    ['MOSCOW (Reuters) - Russia said on Friday it would deliver the S-400.', 'Reuters'],
    ['The ministry told ANI that the deal was on track.', 'ANI'],
    ['According to TASS, the drill began in Astrakhan.', 'TASS'],
    ['Xinhua reported that the talks were constructive.', 'Xinhua'],
    ['Singh meets Shoigu\nBy PTI | Updated: Sep 03, 2020\nSingh met Shoigu.', 'PTI'],
    ['Source: Xinhua | 2020-09-03 21:15:38\nChina said the talks went well.', 'Xinhua'],
    ['Singh met Shoigu in Moscow. (With inputs from ANI)', 'ANI'],
    ['NEW DELHI, December 6. /TASS/. Putin and Modi held talks.', 'TASS'],
    ['PM Modi opens DefExpo\nTNN | Updated: Oct 19, 2022, 21:40 IST\nModi opened it.', 'TNN'],
    ['Indrani Bagchi | TNN | Updated: Sep 21, 2018, 20:14 IST\nIndia called off talks.', 'TNN'],
    ['The convoy was stopped by AP police near Vijayawada.', null],
    ['The exercise will be held in AP and Telangana.', null],
    ['Singh met Shoigu.', null],
  ])('%s -> %s', (text, outlet) => {
    expect(read('a.txt', text).article?.outlet).toBe(outlet);
  });
});

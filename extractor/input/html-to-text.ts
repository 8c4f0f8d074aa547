/**
 * Turns HTML into plain text in one linear scan: tags are dropped, the contents
 * of elements that are never prose (scripts, styles, the head) are dropped,
 * block elements become line breaks and entities are decoded. Nothing is ever
 * interpreted, so hostile markup (`<script>`, `onerror=`, `javascript:` links)
 * cannot survive as anything but inert text.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let index = 0;
  while (index < html.length) {
    const tagAt = html.indexOf('<', index);
    if (tagAt === -1) {
      parts.push(toInlineText(html.slice(index)));
      break;
    }
    parts.push(toInlineText(html.slice(index, tagAt)));
    index = skipMarkup(html, lower, tagAt, parts);
  }
  return tidyWhitespace(parts.join(''));
}

/**
 * The page's headline: its first <h1>, else its <title>, as plain text. Pages
 * often open with navigation text, so the first line is no headline there.
 */
export function findHtmlHeadline(html: string): string | null {
  for (const pattern of [/<h1\b[^>]{0,500}>([\s\S]{1,2000}?)<\/h1>/i, /<title\b[^>]{0,500}>([^<]{1,500})<\/title>/i]) {
    const inner = pattern.exec(html)?.[1];
    const headline = inner === undefined ? '' : toInlineText(inner.replace(/<[^>]{0,500}>/g, ' ')).trim();
    if (/\p{L}/u.test(headline)) return headline;
  }
  return null;
}

const PUBLISHED_META = [
  /<meta\b[^>]{0,400}?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datepublished|pubdate|publishdate|publish-date|dc\.date\.issued)["'][^>]{0,400}?content\s*=\s*["'](\d{4}-\d{2}-\d{2})/i,
  /<meta\b[^>]{0,400}?content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']{0,40}["'][^>]{0,400}?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datepublished|pubdate|publishdate|publish-date|dc\.date\.issued)["']/i,
  /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/,
  /<time\b[^>]{0,200}?\bpubdate\b[^>]{0,200}?datetime\s*=\s*["'](\d{4}-\d{2}-\d{2})/i,
];

/**
 * The publication day a saved page declares in its metadata (Open Graph
 * "article:published_time", schema.org "datePublished"), as written; the head
 * it lives in is otherwise dropped with the rest of the markup.
 */
export function findHtmlPublishedDay(html: string): string | null {
  for (const pattern of PUBLISHED_META) {
    const day = pattern.exec(html)?.[1];
    if (day !== undefined) return day;
  }
  return null;
}

/**
 * Elements whose whole content is dropped: code, and the page around the
 * story (site menus, sidebars of related stories, photo captions, buttons).
 */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'math', 'select', 'textarea',
  'nav', 'aside', 'figcaption', 'button',
]);

/** Elements that start a new line of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'ul', 'body', 'html',
]);

/** Consumes the markup starting at `tagAt` and returns the offset after it. */
function skipMarkup(html: string, lower: string, tagAt: number, parts: string[]): number {
  if (html.startsWith('<!--', tagAt)) return offsetAfter(html, '-->', tagAt + 4);
  const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(tagAt, tagAt + 40));
  const next = html[tagAt + 1] ?? '';
  if (name === null) {
    if (next === '!' || next === '?') return offsetAfter(html, '>', tagAt + 2);
    parts.push('<');
    return tagAt + 1;
  }
  const isClosing = name[1] === '/';
  const tagName = (name[2] ?? '').toLowerCase();
  const tagEnd = endOfTag(html, tagAt + name[0].length);
  if (BLOCK_ELEMENTS.has(tagName)) parts.push('\n');
  if (!isClosing && DROPPED_ELEMENTS.has(tagName) && html[tagEnd - 2] !== '/') {
    const closing = lower.indexOf(`</${tagName}`, tagEnd);
    if (closing === -1) return html.length;
    return endOfTag(html, closing + tagName.length + 2);
  }
  return tagEnd;
}

function offsetAfter(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/** The offset after a tag's closing `>`, skipping quoted attribute values that may contain `>`. */
function endOfTag(html: string, from: number): number {
  let quote = '';
  for (let index = from; index < html.length; index += 1) {
    const char = html[index];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  return html.length;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó',
  uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', ntilde: 'ñ', times: '×', euro: '€', pound: '£', rupee: '₹',
};

/** In HTML a source line break is just a space; only block elements break lines. */
function toInlineText(chunk: string): string {
  return decodeEntities(chunk.replace(/\s+/g, ' '));
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return isPrintableCodePoint(code) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function isPrintableCodePoint(code: number): boolean {
  return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0x7f && code < 0xa0);
}

/** Source formatting whitespace collapses to single spaces; block breaks become at most one blank line. */
function tidyWhitespace(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

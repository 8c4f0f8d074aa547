/**
 * Strips the light markdown a saved article carries (headings, emphasis, links,
 * images, list markers, quotes, rules) line by line, keeping the words. Every
 * pattern is bounded so a hostile line cannot make a regex backtrack for long.
 */
export function markdownToText(markdown: string): string {
  return markdown.split('\n').map(toPlainLine).join('\n');
}

const LINE_RULES: [RegExp, string][] = [
  [/^ {0,3}(?:[-*_] *){3,}$/, ''],
  [/^ {0,3}#{1,6}[ \t]+/, ''],
  [/[ \t]+#{1,6}[ \t]*$/, ''],
  [/^ {0,3}(?:> ?)+/, ''],
  [/^[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]+/, '• '],
  [/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ''],
  [/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1'],
  [/\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]/g, '$1'],
  [/^ {0,3}\[[^\]\n]{1,100}\]:[ \t]*\S{1,2000}.*$/, ''],
  [/(\*\*|__)([^*_\n]{1,500}?)\1/g, '$2'],
  [/\*([^*\n]{1,500}?)\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])_([^_\n]{1,500}?)_(?![\p{L}\p{N}_])/gu, '$1$2'],
  [/`{1,3}([^`\n]{0,500})`{1,3}/g, '$1'],
];

function toPlainLine(line: string): string {
  return LINE_RULES.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), line);
}

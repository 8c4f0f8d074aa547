/** Agencies and outlets, keyed by how they are written, mapped to the name shown. */
const OUTLETS: Record<string, string> = {
  ANI: 'ANI', 'Asian News International': 'ANI',
  PTI: 'PTI', 'Press Trust of India': 'PTI',
  IANS: 'IANS', UNI: 'UNI',
  Reuters: 'Reuters', AFP: 'AFP', 'Agence France-Presse': 'AFP', AP: 'AP', 'Associated Press': 'AP',
  TASS: 'TASS', Sputnik: 'Sputnik', Xinhua: 'Xinhua', Interfax: 'Interfax', 'RIA Novosti': 'RIA Novosti',
  'Global Times': 'Global Times', APP: 'APP', 'Associated Press of Pakistan': 'APP', TNN: 'TNN', 'Times News Network': 'TNN',
};

const NAMES = Object.keys(OUTLETS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .join('|');

/** A credit: "(PTI)", "/TASS/", "NEW DELHI (Reuters) -", a "By PTI" or "TNN |" byline, "Source: Xinhua", "(With inputs from ANI)". */
const CREDIT = new RegExp(`[(/](${NAMES})[)/]|(?:^|\\n)[ \\t]*(?:[^\\n|]{1,60}\\|\\s*)?(${NAMES})\\s*\\||(?:^|\\n)[ \\t]*(?:By|BY)\\s+(${NAMES})\\b|\\b(?:[Ss]ource|SOURCE):\\s*(${NAMES})\\b|\\b[Ii]nputs from\\s+(${NAMES})\\b`);

/**
 * An attribution: "told ANI", "according to PTI", "PTI reported", "ANI sources".
 * A bare mention is not enough: "AP" is also Andhra Pradesh.
 */
const ATTRIBUTION = new RegExp(
  `\\b(?:[Tt]old|[Aa]ccording to|[Qq]uoted by|[Rr]eported by|[Ss]aid to|[Rr]eports?|[Cc]ited by)\\s+(?:the\\s+)?(${NAMES})\\b|\\b(${NAMES})\\s+(?:reported|reports|said|quoted|sources|news agency|correspondent|has learnt|learnt)\\b`,
);

/** The news agency or outlet evident in the text, or null when none is. */
export function findOutlet(text: string): string | null {
  const credit = CREDIT.exec(text);
  if (credit !== null) return OUTLETS[credit.slice(1).find((name) => name !== undefined) ?? ''] ?? null;
  const attribution = ATTRIBUTION.exec(text);
  if (attribution === null) return null;
  return OUTLETS[attribution[1] ?? attribution[2] ?? ''] ?? null;
}

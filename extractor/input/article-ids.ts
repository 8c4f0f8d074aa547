/**
 * Article ids. An article's id is its file stem ("003_b8affa03.txt" is
 * "003_b8affa03"): short, and what an analyst calls the file. Two files of one
 * stem ("x.txt" beside "x.html") would then share an id, and their sources,
 * texts and links would be told apart by nothing, so each file of a shared
 * stem is known by its whole name instead.
 */

export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

/** The article id of each file of one folder: its stem, or its whole name where a stem is shared or is another file's name. */
export function articleIdsOf(names: readonly string[]): Map<string, string> {
  const filesPerStem = new Map<string, number>();
  for (const name of names) filesPerStem.set(fileStem(name), (filesPerStem.get(fileStem(name)) ?? 0) + 1);
  const wholeNames = new Set(names);
  return new Map(names.map((name) => {
    const stem = fileStem(name);
    const unique = filesPerStem.get(stem) === 1 && (stem === name || !wholeNames.has(stem));
    return [name, unique ? stem : name];
  }));
}

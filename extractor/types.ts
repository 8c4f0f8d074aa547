/**
 * Intermediate records passed between the extractor's stages. The final,
 * published shapes live in schema/bundle.ts; these are the per-article facts
 * before merging. Offsets are always character offsets into the article text.
 */
import type { IsoDay, Precision } from '../schema/bundle';

/** A file as handed to the extractor: the pure core never touches the file system. */
export interface InputFile {
  /** File name relative to the input folder, e.g. "003_b8affa03.txt". */
  name: string;
  bytes: Uint8Array;
  /** The article id where it is not the file stem: two files of one stem (see input/article-ids.ts). */
  id?: string;
}

/** A sentence of an article with its offsets in the article text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A resolved date phrase inside a sentence. Offsets are relative to the sentence. */
export interface DateMention {
  /** The words the date came from, e.g. "Monday (June 22)", "over the next two days". */
  text: string;
  start: number;
  end: number;
  startDay: IsoDay;
  endDay: IsoDay;
  precision: Precision;
  /** true when the phrase needed the publication date to resolve ("on Friday", "next two days"). */
  relative: boolean;
  /**
   * Set when the phrase names only one end of a stretch of time and the
   * sentence gives no other: "since 2003", "from April 1" ('start'); "until
   * 2031", "by the end of the year", "through Sept. 16" ('end'). The days are
   * then those of the named end, and `text` keeps the preposition.
   */
  bound?: 'start' | 'end';
}

/** A span of text that matched a dictionary entry. Offsets are relative to the text searched. */
export interface DictionaryMatch {
  /** The entry's key (gazetteer id, catalogue id, person id). */
  key: string;
  /** The matched words as written. */
  text: string;
  start: number;
  end: number;
}

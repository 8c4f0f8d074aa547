/**
 * Cuts the bytes of one JSON object, as they arrive, into pieces that
 * `JSON.parse` takes one at a time, so a large facts.json is parsed and
 * validated while the rest of it is still downloading. Only the two outer
 * levels are looked at here (the object's members, and the records of
 * members that are arrays); the text of every piece is left to `JSON.parse`,
 * which rejects anything malformed inside it.
 */

/** A top-level member that is not an array, as `"key":value`. */
export interface MemberPiece {
  kind: 'member';
  json: string;
}

/** A top-level member that is an array has begun: its records follow as record pieces. */
export interface ArrayPiece {
  kind: 'array';
  key: string;
}

/** One or more complete records of the array under `key`, as `record,record,...`. */
export interface RecordsPiece {
  kind: 'records';
  key: string;
  json: string;
}

export type JsonPiece = MemberPiece | ArrayPiece | RecordsPiece;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Strings shorter than this are scanned byte by byte; longer ones by the native search. */
const SHORT_STRING = 32;
/** Depth of the records inside a top-level array: object 1, array 2, a record's own brackets 3 and deeper. */
const RECORD_DEPTH = 3;

function isJsonWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every(isJsonWhitespace);
}

/** The first byte of `bytes` that is not JSON whitespace, or null when there is none. */
export function firstNonBlankByte(bytes: Uint8Array): number | null {
  return bytes.find((byte) => !isJsonWhitespace(byte)) ?? null;
}

/** Whether a body starting with these bytes is a JSON object (the splitter takes nothing else). */
export function startsAnObject(bytes: Uint8Array): boolean {
  return firstNonBlankByte(bytes) === OPEN_BRACE;
}

function keyOfMemberStart(json: string): string {
  // `"key":` plus a placeholder value is a one-member object; JSON.parse rejects a malformed key or colon.
  const member: unknown = JSON.parse(`{${json}0}`);
  const key = typeof member === 'object' && member !== null ? Object.keys(member)[0] : undefined;
  if (key === undefined) throw new SyntaxError(`Expected a member name before an array, got ${json}`);
  return key;
}

/**
 * Feed it chunks with `push` and call `end` after the last one; both return
 * the pieces completed so far, in order. Throws a SyntaxError where the
 * outer structure is broken (the pieces' own text is checked by JSON.parse).
 */
export class JsonRecordSplitter {
  private readonly decoder = new TextDecoder();
  /** Bytes not yet handed out in a piece, from `buffer[0]` to `buffer[length]`. */
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private scanned = 0;
  private depth = 0;
  private inString = false;
  /** Where the string being scanned began (after its opening quote). */
  private stringStart = 0;
  private opened = false;
  private closed = false;
  private members = 0;
  /** Where the current top-level member began; -1 inside an array member (its records are handed out instead). */
  private memberStart = -1;
  /** The current member is an array that has closed: only blanks may follow before the next comma. */
  private arrayClosed = false;
  private arrayKey: string | null = null;
  private recordsStart = 0;
  /** The comma after the last complete record not yet handed out, or -1. */
  private recordsEnd = -1;
  private arrayHasComma = false;
  private pieces: JsonPiece[] = [];

  push(chunk: Uint8Array): JsonPiece[] {
    this.append(chunk);
    this.scan();
    if (this.arrayKey !== null && this.recordsEnd >= 0) {
      this.pieces.push({ kind: 'records', key: this.arrayKey, json: this.text(this.recordsStart, this.recordsEnd) });
      this.recordsStart = this.recordsEnd + 1;
      this.recordsEnd = -1;
    }
    this.dropHandedOut();
    return this.takePieces();
  }

  end(): JsonPiece[] {
    if (!this.closed) throw new SyntaxError('Unexpected end of JSON input');
    return this.takePieces();
  }

  private takePieces(): JsonPiece[] {
    const pieces = this.pieces;
    this.pieces = [];
    return pieces;
  }

  private append(chunk: Uint8Array): void {
    const needed = this.length + chunk.length;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length = needed;
  }

  /** Moves the bytes still needed to the front, so the buffer holds about one record at a time. */
  private dropHandedOut(): void {
    const keep = this.arrayKey !== null ? this.recordsStart : this.memberStart >= 0 ? this.memberStart : this.length;
    if (keep === 0) return;
    this.buffer.copyWithin(0, keep, this.length);
    this.length -= keep;
    this.scanned -= keep;
    this.recordsStart -= keep;
    this.stringStart -= keep;
    if (this.memberStart >= 0) this.memberStart -= keep;
  }

  private text(start: number, end: number): string {
    return this.decoder.decode(this.buffer.subarray(start, end));
  }

  private scan(): void {
    const bytes = this.buffer;
    const length = this.length;
    let depth = this.depth;
    let index = this.scanned;
    if (this.inString) index = this.quoteAfter(index) + 1;
    for (; index < length; index += 1) {
      const byte = bytes[index] ?? 0;
      if (byte === QUOTE && depth > 0) {
        if (depth === 1) this.expectMemberText();
        this.stringStart = index + 1;
        index = this.stringEnd(index + 1);
      } else if (depth >= RECORD_DEPTH) {
        // Inside a record or a member's value: only nesting matters here; JSON.parse checks the rest.
        if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth -= 1;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.open(byte, depth, index);
        depth += 1;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.close(byte, depth, index);
        depth -= 1;
      } else if (byte === COMMA) {
        this.comma(depth, index);
      } else if (!isJsonWhitespace(byte)) {
        if (depth === 0) throw new SyntaxError(`Unexpected byte ${byte} outside the top-level object`);
        if (depth === 1) this.expectMemberText();
      }
    }
    this.depth = depth;
    this.scanned = length;
  }

  /**
   * The index of the quote that ends the string begun at `stringStart`,
   * searching from `from` (most bytes are inside strings, and the native
   * search skips them fastest); the buffer's length when it has not arrived.
   */
  private stringEnd(from: number): number {
    const bytes = this.buffer;
    const length = this.length;
    let index = from;
    // Most strings are short keys and ids: a plain loop; the native search takes over in long texts.
    for (const shortEnd = Math.min(length, from + SHORT_STRING); index < shortEnd; index += 1) {
      const byte = bytes[index];
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) return this.endString(index);
    }
    return this.quoteAfter(index);
  }

  /** Like stringEnd, counting the backslashes before each quote: right even when a chunk ended inside an escape. */
  private quoteAfter(from: number): number {
    const bytes = this.buffer;
    const length = this.length;
    for (let quote = bytes.indexOf(QUOTE, from); quote >= 0 && quote < length; quote = bytes.indexOf(QUOTE, quote + 1)) {
      let backslashes = 0;
      while (quote - backslashes > this.stringStart && bytes[quote - backslashes - 1] === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return this.endString(quote);
    }
    this.inString = true;
    return length;
  }

  private endString(quote: number): number {
    this.inString = false;
    return quote;
  }

  private expectMemberText(): void {
    if (this.arrayClosed) throw new SyntaxError('Expected , or } after an array member');
  }

  private open(byte: number, depth: number, index: number): void {
    if (depth === 0) {
      if (byte !== OPEN_BRACE || this.opened) throw new SyntaxError('Expected one JSON object');
      this.opened = true;
      this.memberStart = index + 1;
      return;
    }
    if (depth === 1) this.expectMemberText();
    if (depth !== 1 || byte !== OPEN_BRACKET) return;
    const key = keyOfMemberStart(this.text(this.memberStart, index));
    this.arrayKey = key;
    this.memberStart = -1;
    this.recordsStart = index + 1;
    this.recordsEnd = -1;
    this.arrayHasComma = false;
    this.pieces.push({ kind: 'array', key });
  }

  private close(byte: number, depth: number, index: number): void {
    if (depth === 2 && this.arrayKey !== null) {
      if (byte !== CLOSE_BRACKET) throw new SyntaxError('Expected ] to close an array member');
      this.closeArray(index);
    } else if (depth === 1) {
      if (byte !== CLOSE_BRACE) throw new SyntaxError('Expected } to close the top-level object');
      if (this.memberStart >= 0 && (this.members > 0 || !isBlank(this.buffer.subarray(this.memberStart, index)))) this.endMember(index);
      this.memberStart = -1;
      this.closed = true;
    } else if (depth === 0) {
      throw new SyntaxError(`Unexpected ${String.fromCharCode(byte)} outside the top-level object`);
    }
  }

  private closeArray(index: number): void {
    if (!isBlank(this.buffer.subarray(this.recordsStart, index))) {
      this.pieces.push({ kind: 'records', key: this.arrayKey ?? '', json: this.text(this.recordsStart, index) });
    } else if (this.arrayHasComma) {
      // What came before was handed out up to a comma, and nothing follows it.
      throw new SyntaxError('Unexpected ] after a comma');
    }
    this.arrayKey = null;
    this.recordsStart = 0;
    this.recordsEnd = -1;
    this.arrayClosed = true;
    this.members += 1;
  }

  private comma(depth: number, index: number): void {
    if (depth === 2 && this.arrayKey !== null) {
      this.recordsEnd = index;
      this.arrayHasComma = true;
    } else if (depth === 1) {
      if (this.memberStart >= 0) this.endMember(index);
      this.memberStart = index + 1;
      this.arrayClosed = false;
    } else if (depth === 0) {
      throw new SyntaxError('Unexpected , outside the top-level object');
    }
  }

  private endMember(index: number): void {
    const json = this.text(this.memberStart, index);
    if (json.trim() === '') throw new SyntaxError('Expected a member between commas');
    this.pieces.push({ kind: 'member', json });
    this.members += 1;
  }
}

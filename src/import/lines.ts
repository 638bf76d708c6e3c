/**
 * Reads a results file line by line in constant memory: fixed-size chunks from a read stream, split
 * at '\n' ('\r\n' too), each line decoded on its own. A line longer than `maxLineBytes` is refused
 * rather than buffered (a binary or one-line file of gigabytes must not take the memory with it),
 * and the last line must end with a newline when `requireFinalNewline` is set: a tool that was
 * killed mid-write leaves a cut line that would otherwise parse as a short sample.
 */
import { createReadStream } from 'node:fs';
import { importError } from './errors.js';

/** One line of text with its 1-based number. */
export interface NumberedLine {
  text: string;
  line: number;
}

export interface ReadLinesOptions {
  /** Longest line accepted, in bytes (default 1 MiB). */
  maxLineBytes?: number;
  /** Refuse a last line without its newline (a cut file). Default false. */
  requireFinalNewline?: boolean;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** A batch of consecutive lines: `texts[i]` is line `first + i`. */
export interface LineBatch {
  texts: string[];
  first: number;
}

/**
 * Yields the lines of `path` in order, one batch per chunk read (thousands of lines): one
 * asynchronous step per chunk rather than per line, which is most of the cost of a ten-million-line
 * file. Empty lines are yielded too (callers decide).
 */
export async function* readLineBatches(path: string, options: ReadLinesOptions = {}): AsyncGenerator<LineBatch> {
  const maxLineBytes = options.maxLineBytes ?? 1024 * 1024;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let carry: Buffer | undefined;
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      let data = chunk;
      const texts: string[] = [];
      const first = line + 1;
      if (carry) {
        // Only the cut line is joined with its rest: copying whole chunks would double the reading cost.
        const end = chunk.indexOf(NEWLINE);
        if (end === -1) {
          data = Buffer.concat([carry, chunk]);
        } else {
          const joined = Buffer.concat([carry, chunk.subarray(0, end)]);
          line++;
          if (joined.length > maxLineBytes) throw importError(path, line, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
          const stop = joined.length > 0 && joined[joined.length - 1] === CARRIAGE_RETURN ? joined.length - 1 : joined.length;
          texts.push(joined.toString('utf8', 0, stop));
          start = end + 1;
        }
        carry = undefined;
      }
      for (;;) {
        const end = data.indexOf(NEWLINE, start);
        if (end === -1) break;
        line++;
        if (end - start > maxLineBytes) throw importError(path, line, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
        const stop = end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
        texts.push(data.toString('utf8', start, stop));
        start = end + 1;
      }
      if (start < data.length) {
        if (data.length - start > maxLineBytes) throw importError(path, line + 1, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
        carry = Buffer.from(data.subarray(start));
      }
      if (texts.length > 0) yield { texts, first };
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw importError(path, undefined, 'no such file');
    if ((err as { code?: string }).code === 'EISDIR') throw importError(path, undefined, 'is a directory, not a results file');
    throw err;
  } finally {
    stream.destroy();
  }
  if (carry && carry.length > 0) {
    line++;
    if (options.requireFinalNewline) {
      throw importError(path, line, 'the last line has no newline: the file was cut off while being written (truncated)');
    }
    const stop = carry[carry.length - 1] === CARRIAGE_RETURN ? carry.length - 1 : carry.length;
    yield { texts: [carry.toString('utf8', 0, stop)], first: line };
  }
}

/** Yields the lines of `path` one by one (for small files; large ones use `readLineBatches`). */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<NumberedLine> {
  for await (const batch of readLineBatches(path, options)) {
    for (let i = 0; i < batch.texts.length; i++) yield { text: batch.texts[i], line: batch.first + i };
  }
}

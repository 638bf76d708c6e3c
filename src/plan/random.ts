/**
 * A seeded random source, so a run with templated requests or random think time can be reproduced:
 * the same seed gives the same values in the same order. `Math.random` cannot be seeded, and a
 * cryptographic source would be slower than the requests it decorates.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand),
 * 128 bits of state, passing PractRand and BigCrush; the 32-bit seed is spread into the state with
 * splitmix32 and the first 12 outputs are discarded, as its author recommends.
 */

/** Returns uniform numbers in [0, 1) from a seeded sfc32 generator. */
export type RandomSource = () => number;

/** Creates a seeded random source; two sources with the same seed yield identical sequences. */
export function createRandomSource(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`createRandomSource: seed ${String(seed)} is not an integer`);
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in [min, max], both inclusive. */
export function randomInteger(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** An RFC 9562 version-4 UUID drawn from `random` (so it is reproducible, unlike crypto.randomUUID). */
export function randomUuid(random: RandomSource): string {
  let hex = '';
  for (let i = 0; i < 16; i++) {
    let byte = Math.floor(random() * 256);
    if (i === 6) byte = (byte & 0x0f) | 0x40;
    if (i === 8) byte = (byte & 0x3f) | 0x80;
    hex += byte.toString(16).padStart(2, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The seed when the profile gives none: fixed, so runs are reproducible by default. */
export const DEFAULT_SEED = 1;

/** A seed for a sub-stream (endpoint `index` of a run seeded with `seed`), so streams do not overlap. */
export function deriveSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(index + 1, 0x165667b1)) >>> 0;
}

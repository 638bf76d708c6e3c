/**
 * A debug aid for checking the merge (bench/shards.ts): every measured answer of a run — endpoint,
 * trial, latency in µs — kept in growable typed arrays and written as CSV at the end. Off unless
 * asked for (`loadgate run --shard … --debug-samples FILE`); one call per answer, nothing allocated
 * per call but the arrays' rare doubling.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Collects samples; `sink` goes to RunLoadOptions.onSample. */
export class DebugSamples {
  private endpoint = new Uint16Array(1 << 16);
  private trial = new Uint16Array(1 << 16);
  private latencyUs = new Float64Array(1 << 16);
  private count = 0;

  /** Records one answer. */
  readonly sink = (endpointIndex: number, trial: number, latencyUs: number): void => {
    if (this.count === this.latencyUs.length) this.grow();
    this.endpoint[this.count] = endpointIndex;
    this.trial[this.count] = trial;
    this.latencyUs[this.count] = latencyUs;
    this.count++;
  };

  /** Writes `endpoint,trial,latency_us` (endpoint by name) to `file`; returns the samples written. */
  async write(file: string, endpointNames: readonly string[]): Promise<number> {
    const lines = ['endpoint,trial,latency_us'];
    for (let i = 0; i < this.count; i++) lines.push(`${endpointNames[this.endpoint[i]]},${this.trial[i]},${this.latencyUs[i]}`);
    await mkdir(dirname(resolve(file)), { recursive: true });
    await writeFile(file, lines.join('\n') + '\n');
    return this.count;
  }

  private grow(): void {
    const size = this.latencyUs.length * 2;
    const endpoint = new Uint16Array(size);
    endpoint.set(this.endpoint);
    const trial = new Uint16Array(size);
    trial.set(this.trial);
    const latencyUs = new Float64Array(size);
    latencyUs.set(this.latencyUs);
    this.endpoint = endpoint;
    this.trial = trial;
    this.latencyUs = latencyUs;
  }
}

/**
 * The queueing target (fixtures/targets/queueing.mjs) with its own account of its backlog: prints
 * `{"port":N}` once listening, then every 50 ms `{"atMs":<epoch ms>,"queued":N}` — requests waiting
 * for a worker, as the target itself counts them. bench/recovery.ts reads when the backlog a spike
 * left is gone from here, independently of loadgate's latency windows.
 *
 *   node bench/queue-watch.mjs '{"workers":10,"serviceMs":50}'
 */
import { startQueueingTarget } from '../fixtures/targets/queueing.mjs';

const target = await startQueueingTarget(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${JSON.stringify({ port: target.port })}\n`);
const timer = setInterval(() => process.stdout.write(`${JSON.stringify({ atMs: Date.now(), queued: target.queued() })}\n`), 50);
process.on('SIGTERM', () => {
  clearInterval(timer);
  target.close().then(() => process.exit(0));
});

/**
 * The part a shard of loadgate's own engine loads (`loadgate run --shard`, input `shard` without
 * `results`): its settings, the shard's run on the load engine, and the shard result's file.
 */
export { readShardSettings } from '../shard/settings.js';
export { runShard } from '../shard/run-shard.js';
export { saveShardResult } from '../shard/write.js';
export { shardFileName } from '../shard/pipeline.js';
export { DebugSamples } from '../shard/debug-samples.js';
export { realLoadEdges } from '../edges.js';

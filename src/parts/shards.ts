/** The part the action loads for input `shard` (write a shard result) and mode merge (src/shard/). */
export { writeShardResult } from '../shard/write.js';
export { runMergePipeline, shardFileName } from '../shard/pipeline.js';

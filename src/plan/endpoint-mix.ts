/**
 * Which endpoint a connection asks for next.
 *
 * Random picking would make a 3:1 mix drift (a 1 s run with a few hundred requests per endpoint is
 * off by several percent by chance alone) and would make two runs of the same profile send different
 * mixes. Smooth weighted round-robin — the scheme nginx uses for upstream weights — is deterministic
 * and spreads the heavy endpoint out instead of sending it in bursts: weights 3:1 give
 * `A A B A | A A B A | …`. The sequence is periodic with period `sum(weights)` and each period holds
 * every endpoint exactly `weight` times, so *every* window of `sum(weights)` consecutive picks
 * (whatever its start) is exactly proportional.
 *
 * Reference: nginx `ngx_http_upstream_get_peer` (src/http/ngx_http_upstream_round_robin.c), the
 * "smooth" algorithm introduced in nginx 1.3.1.
 */

/**
 * Returns a picker that yields endpoint indices in smooth weighted round-robin order.
 *
 * `offset` advances the sequence before the first pick: each connection gets its own picker with a
 * different offset, so connections that start together do not all hit the same endpoint at the same
 * moment. Weights must be positive integers (the exact-window property needs integers); a bad weight
 * is a bug upstream of the load (the profile validator rejects it), hence a plain RangeError.
 * The picker allocates nothing per call.
 *
 * `stride` N yields every N-th pick of the sequence (picks offset, offset + N, offset + 2N, …): N
 * open-model shards with offsets 0 … N−1 and stride N, whose arrivals interleave, together send
 * exactly the single runner's sequence (src/shard/plan.ts).
 */
export function createEndpointMix(weights: readonly number[], offset = 0, stride = 1): () => number {
  if (weights.length === 0) throw new RangeError('createEndpointMix: at least one weight is needed');
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 1) {
      throw new RangeError(`createEndpointMix: weight ${String(w)} is not an integer >= 1`);
    }
  }
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RangeError(`createEndpointMix: offset ${String(offset)} is not an integer >= 0`);
  }
  if (!Number.isSafeInteger(stride) || stride < 1) {
    throw new RangeError(`createEndpointMix: stride ${String(stride)} is not an integer >= 1`);
  }
  const weight = Float64Array.from(weights);
  const current = new Float64Array(weights.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const count = weights.length;

  const pick = (): number => {
    let best = 0;
    for (let i = 0; i < count; i++) {
      current[i] += weight[i];
      // Strict '>' keeps the lowest index among ties, so the order is fully determined.
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    return best;
  };

  // The sequence repeats every `total` picks, so an offset beyond that is the same as offset % total.
  for (let i = offset % total; i > 0; i--) pick();
  const skip = (stride - 1) % total;
  if (skip === 0) return pick;
  return () => {
    const picked = pick();
    for (let i = skip; i > 0; i--) pick();
    return picked;
  };
}

import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/metrics/runner.ts
import os from "node:os";
function currentRunner() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    os: `${os.platform()} ${os.release()}`,
    node: process.version
  };
}

export {
  currentRunner
};

#!/usr/bin/env python3
"""Writes tests/stats/theil-sen.reference.json: Theil–Sen slopes and Sen's intervals computed by
scipy.stats.theilslopes, the reference for src/stats/theil-sen.ts. Run: python3 scripts/theil-sen-reference.py"""
import json, scipy
import numpy as np
from scipy.stats import theilslopes

rng = np.random.default_rng(20261130)
cases = []
def add(name, x, y, confidence=0.95):
    r = theilslopes(y, x, alpha=confidence)
    cases.append({"name": name, "x": [float(v) for v in x], "y": [float(v) for v in y], "confidence": confidence,
                  "slope": float(r.slope), "intercept": float(r.intercept),
                  "lower": float(r.low_slope), "upper": float(r.high_slope)})

add("exact line", list(range(10)), [2 * v + 1 for v in range(10)])
add("three points", [0, 1, 2], [5, 3, 4])
add("outlier", list(range(12)), [v * 0.5 + (40 if v == 6 else 0) for v in range(12)])
add("tied x", [0, 0, 1, 1, 2, 2, 3, 3], [1, 2, 2, 3, 3, 5, 4, 4])
add("tied y", [0, 1, 2, 3, 4, 5, 6], [1, 1, 1, 2, 2, 2, 3])
add("flat noise", list(range(30)), list(rng.normal(100, 5, 30)))
add("rss leak", [v * 10 for v in range(24)], list(50 + 0.05 * np.arange(24) * 10 + rng.normal(0, 0.4, 24)))
add("rss leak 90%", [v * 10 for v in range(24)], list(50 + 0.05 * np.arange(24) * 10 + rng.normal(0, 0.4, 24)), 0.9)
add("falling", list(range(40)), list(200 - 1.5 * np.arange(40) + rng.standard_cauchy(40)))
add("uneven x", [0, 0.5, 3, 3.2, 7, 11, 11.5, 20], [3, 3.4, 4.9, 5.5, 7.0, 9.6, 9.1, 14.2], 0.99)
add("sawtooth", list(range(60)), [100 + (v % 12) * 3 for v in range(60)])
add("long", list(range(300)), list(10 + 0.01 * np.arange(300) + rng.normal(0, 1, 300)))
json.dump({"source": f"scipy.stats.theilslopes {scipy.__version__}", "cases": cases}, open("tests/stats/theil-sen.reference.json", "w"), indent=1)

#!/usr/bin/env python3
"""Deterministic selection of 45 documents from /work/shared/real/docs.

Per source, files are sorted by name and every k-th one is taken
(evenly spaced positions i*n/m, shifted by half a step), so the pick
is spread over the whole numbering and mixes short and long texts.
"""
import os
import sys

DOCS = "/work/shared/real/docs"
QUOTA = {"tvplmd": 13, "vbplhtml": 15, "congbao": 13, "vbai": 4}  # = 45


def select():
    files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    out = []
    for src, m in QUOTA.items():
        fs = [f for f in files if f.startswith(src + "-")]
        n = len(fs)
        step = n / m
        picks = [fs[int(i * step + step / 2)] for i in range(m)]
        out.extend(picks)
    return out


if __name__ == "__main__":
    for f in select():
        size = os.path.getsize(os.path.join(DOCS, f))
        print(f, size) if "-v" in sys.argv else print(f)

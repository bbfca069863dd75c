#!/usr/bin/env python3
"""Writes a school-stats file of one county with 300 schools, for the report benchmark.

A reference fixture, not part of the product: the demo's 990302 (235 schools, 2025) with 65 schools of
990303 relabelled into it. Usage: scripts/county-of-300.py DEMO_DIR OUT.csv
(DEMO_DIR from `java -jar target/junheng.jar generate --kind demo --out DEMO_DIR`).
"""
import csv
import sys

demo, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"{demo}/school-stats.csv", encoding="utf-8")))
base = [r for r in rows if r["year"] == "2025" and r["county_code"] == "990302"]
more = [dict(r) for r in rows if r["year"] == "2025" and r["county_code"] == "990303"][:300 - len(base)]
for r in more:
    r["county_code"], r["county_name"] = "990302", base[0]["county_name"]
with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(base + more)
print(len(base + more), "schools ->", out)

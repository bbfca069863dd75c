#!/usr/bin/env python3
"""A REFERENCE, NOT THE PRODUCT: the resource-allocation figures of the quality-balance method
(INDICATORS.md section 1, national standards, every stage weight 1) computed in plain Python from a
school-stats CSV, without validation, to measure Junheng's `assess` against and to check its numbers
by an independent count.

    benchmarks/reference_assess.py school-stats.csv [--year Y] [--out figures.json] [--compare junheng.json]

Writes, per county and stage: the school-stages assessed, their students, how many are compliant,
and each indicator's county value and enrolment-weighted difference coefficient. With --compare it
reads Junheng's assessment JSON and reports every figure that differs (coefficients beyond 1e-9
relative, counts at all), exiting 1 if any does.
"""
import argparse
import csv
import json
import math
import sys

INDICATORS = [  # code, resource, scale, primary standard, junior standard
    ("qualified_teachers_per_100", "qualified_teachers", 100, 4.2, 5.3),
    ("backbone_teachers_per_100", "backbone_teachers", 100, 1.0, 1.0),
    ("pe_art_teachers_per_100", "pe_art_teachers", 100, 0.9, 0.9),
    ("teaching_area_per_student", "teaching_area", 1, 4.5, 5.8),
    ("sports_area_per_student", "sports_area", 1, 7.5, 10.2),
    ("equipment_value_per_student", "equipment_value", 1, 2000.0, 2500.0),
    ("multimedia_classrooms_per_100", "multimedia_classrooms", 100, 2.3, 2.4),
]
STAGES_OF_TYPE = {
    "primary": ("primary",), "junior": ("junior",), "nine_year": ("primary", "junior"),
    "twelve_year": ("primary", "junior"), "complete_middle": ("junior",), "teaching_point": ("primary",),
    "special": (),
}
WHOLE_SCHOOL = {"teaching_area", "sports_area", "equipment_value", "multimedia_classrooms"}


def number(text):
    return float(text.replace(",", "")) if text else 0.0


def school_stages(path, year):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    if year is None:
        year = max(int(r["year"]) for r in rows)
    for r in rows:
        if int(r["year"]) != year:
            continue
        stages = STAGES_OF_TYPE[r["school_type"]]
        students = {s: int(number(r.get("students_" + s, ""))) for s in ("primary", "junior")}
        everyone = students["primary"] + students["junior"] + int(number(r.get("students_senior", "")))
        for stage in stages:
            p = students[stage]
            if p == 0 or (r["school_type"] == "teaching_point" and p < 50):
                continue
            share = p / everyone
            amounts = []
            for _, resource, _, _, _ in INDICATORS:
                if resource in WHOLE_SCHOOL:
                    amounts.append(number(r[resource]) * share)
                else:
                    amounts.append(number(r[resource + "_" + stage]))
            yield r["county_code"], stage, p, amounts
    return year


def assess(path, year):
    counties = {}
    for county, stage, students, amounts in school_stages(path, year):
        counties.setdefault((county, stage), []).append((students, amounts))
    figures = []
    for (county, stage), schools in sorted(counties.items()):
        total = sum(p for p, _ in schools)
        standards = [ind[3] if stage == "primary" else ind[4] for ind in INDICATORS]
        compliant = 0
        for p, amounts in schools:
            met, near = 0, True
            for k, (_, _, scale, _, _) in enumerate(INDICATORS):
                value = amounts[k] * scale / p
                if value >= standards[k]:
                    met += 1
                elif value < 0.85 * standards[k]:
                    near = False
            if met >= 6 and near:
                compliant += 1
        indicators = []
        for k, (code, _, scale, _, _) in enumerate(INDICATORS):
            county_value = sum(a[k] for _, a in schools) * scale / total
            if county_value == 0:
                cv = None
            else:
                spread = sum(p / total * (a[k] * scale / p - county_value) ** 2 for p, a in schools)
                cv = math.sqrt(spread) / county_value
            indicators.append({"code": code, "countyValue": county_value, "cv": cv})
        figures.append({"countyCode": county, "stage": stage, "schoolCount": len(schools), "students": total,
                        "compliantSchools": compliant, "indicators": indicators})
    return figures


def compare(figures, junheng_path):
    with open(junheng_path, encoding="utf-8") as f:
        junheng = json.load(f)
    theirs = {(c["countyCode"], s["stage"]): s for c in junheng["counties"] for s in c["stages"]}
    differences = 0
    coefficients = 0
    for mine in figures:
        other = theirs.pop((mine["countyCode"], mine["stage"]), None)
        if other is None:
            print("missing in Junheng:", mine["countyCode"], mine["stage"])
            differences += 1
            continue
        for key in ("schoolCount", "students", "compliantSchools"):
            if mine[key] != other[key]:
                print(mine["countyCode"], mine["stage"], key, mine[key], "Junheng:", other[key])
                differences += 1
        for a, b in zip(mine["indicators"], other["indicators"]):
            coefficients += 1
            if (a["cv"] is None) != (b["cv"] is None) or (
                    a["cv"] is not None and abs(a["cv"] - b["cv"]) > 1e-9 * max(1.0, abs(b["cv"]))):
                print(mine["countyCode"], mine["stage"], a["code"], "cv", a["cv"], "Junheng:", b["cv"])
                differences += 1
    for county, stage in theirs:
        print("only in Junheng:", county, stage)
        differences += 1
    print(f"{len(figures)} county-stages, {coefficients} coefficients compared: {differences} differ", file=sys.stderr)
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--year", type=int)
    parser.add_argument("--out")
    parser.add_argument("--compare")
    args = parser.parse_args()
    figures = assess(args.input, args.year)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False)
    if args.compare:
        sys.exit(1 if compare(figures, args.compare) else 0)


if __name__ == "__main__":
    main()

"""Reconciliation scaling: speaker merge + measures over synthetic stores of 10k/100k/1M figures.

Synthetic figures, ten per article, drawn from a realistic mix: units (civilians, people,
children, doctors, fighters, hospitals, attacks, years), happenings (killed, died, fled,
trapped, injured, ...), places (300 cities, some with a direction, some unstated), times
(none, "since the start of the war", "in the past 24 hours", "In September", ...),
qualifiers (exact, more than, around, vague ...), 3,000 speakers with name variants (titles,
bare surnames, organisation aliases) and half the figures unattributed, publication dates
over two years (a third estimated).

    python bench/reconcile.py bench/reconcile.json            # 10k, 100k, 1M figures
    python bench/reconcile.py out.json --sizes 10000 100000   # fewer sizes

Prints a table and writes the timings as JSON to the path given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import platform
import random
import sys
import time
from pathlib import Path

from sourcebook.model import Figure, Span
from sourcebook.reconcile import MeasureInput, SpeakerMention, build_measures, merge_speakers

UNITS = ["civilians"] * 6 + ["people"] * 6 + ["residents", "children", "children", "women", "doctors",
                                              "fighters", "hospitals", "attacks", "years", "homes"]
PREDICATES = ["killed"] * 5 + ["died", "dead", "fled", "fled", "displaced", "evacuated", "trapped", "trapped",
                                "besieged", "injured", "wounded", "destroyed", "detained", "in need of aid",
                                "rescued", None, "vaccinated"]
TIMES = [None] * 10 + ["since the start of the war", "since the conflict began", "in the past 24 hours",
                       "in four days", "over the past week", "Right now", "In September", "by October 7",
                       "last month", "in the attack on the market", "overnight"]
DIRECTIONS = ["", "", "", "eastern ", "western ", "northern ", "the old city of "]
QUALIFIERS = ["exact"] * 5 + ["more than", "more than", "at least", "around", "around", "up to", "nearly", "vague"]
FIRST = ["Amal", "Omar", "Lina", "Sami", "Nour", "Karim", "Rana", "Yusuf", "Hana", "Tariq", "Dana", "Ziad"]
LAST = [f"{a}{b}" for a in ("Had", "Kar", "Sal", "Mans", "Nas", "Far", "Jab", "Ras", "Kha", "Az")
        for b in ("dad", "imi", "ouri", "ar", "er", "ani", "ih", "oun", "lil", "iz")]
ORGS = ["UN", "U.N.", "United Nations", "Red Cross", "ICRC", "UNICEF", "Amnesty", "HRW", "MSF",
        "Syrian Observatory", "WHO", "White Helmets", "OCHA", "WFP", "Save the Children"]


def synthetic(n_figures: int, seed: int = 1) -> tuple[list[SpeakerMention], list[tuple]]:
    """Speaker mentions and raw figure rows for ``n_figures`` figures in n/10 articles."""
    rng = random.Random(seed)
    cities = [f"City{i:03d}" for i in range(300)]
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3000 - len(ORGS))]
    start = dt.date(2030, 1, 1).toordinal()
    mentions: list[SpeakerMention] = []
    rows: list[tuple] = []
    for article in range(max(1, n_figures // 10)):
        aid = f"art{article:07d}"
        published = dt.date.fromordinal(start + rng.randrange(730)).isoformat()
        estimated = rng.random() < 0.33
        home = rng.choice(cities)
        for k in range(10):
            attributed = rng.random() < 0.5
            speaker = name = None
            if attributed:
                if rng.random() < 0.3:
                    name = rng.choice(ORGS)
                else:
                    full = rng.choice(people)
                    variant = rng.random()
                    name = full if variant < 0.6 else full.split()[-1] if variant < 0.8 else "Dr. " + full
                speaker = f"{aid}:a{k}"
                mentions.append(SpeakerMention(speaker, name, "organisation" if name in ORGS else "person"))
            value = int(10 ** rng.uniform(0.5, 6))
            qualifier = rng.choice(QUALIFIERS)
            low = None if qualifier in ("around",) else value
            high = value if qualifier == "exact" else (value * 5 if qualifier == "vague" else None)
            place_roll = rng.random()
            place = None if place_roll < 0.4 else rng.choice(DIRECTIONS) + (home if place_roll < 0.85 else rng.choice(cities))
            rows.append((aid, f"{aid}:f{k}", published, estimated, speaker, name, value, low, high, qualifier,
                         rng.choice(UNITS), rng.choice(PREDICATES), place, rng.choice(TIMES)))
    return mentions, rows


def measure_inputs(rows: list[tuple], speakers: dict) -> list[MeasureInput]:
    out = []
    for aid, fid, published, estimated, skey, name, value, low, high, qualifier, unit, predicate, place, when in rows:
        text = f"{value:,}"
        figure = Figure(fid.rsplit(":", 1)[1], Span(10, 10 + len(text), text), value, low, high, qualifier,
                        unit=unit, predicate=predicate, place=place, time=when, according_to=name)
        speaker = speakers.get(skey) if skey else None
        out.append(MeasureInput(fid, aid, f"{aid}.txt", figure, published, estimated,
                                speaker.id if speaker else None))
    return out


def run(size: int) -> dict:
    mentions, rows = synthetic(size)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    speakers = merge_speakers(mentions)
    t1, c1 = time.perf_counter(), time.process_time()
    items = measure_inputs(rows, speakers)
    t2, c2 = time.perf_counter(), time.process_time()
    measures = build_measures(items)
    t3, c3 = time.perf_counter(), time.process_time()
    verdicts: dict[str, int] = {}
    for m in measures:
        verdicts[m.verdict] = verdicts.get(m.verdict, 0) + 1
    return {
        "figures": size, "articles": max(1, size // 10), "attributions": len(mentions),
        "speakers": len({s.id for s in speakers.values()}),
        "merge_speakers_s": round(t1 - t0, 3), "inputs_s": round(t2 - t1, 3),
        "build_measures_s": round(t3 - t2, 3), "total_s": round((t1 - t0) + (t3 - t2), 3),
        # CPU time of the same two steps: steadier than wall time on a shared machine
        "total_cpu_s": round((c1 - c0) + (c3 - c2), 3),
        "measures": len(measures), "verdicts": verdicts,
        "max_members": max((len(m.members) for m in measures), default=0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="where to write the JSON results")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args(argv)
    results = []
    header = (f"{'figures':>9} {'articles':>8} {'speakers':>8} {'merge s':>8} {'measures s':>10} "
              f"{'total s':>8} {'cpu s':>7} {'us/fig':>7} {'measures':>8}")
    print(header)
    for size in args.sizes:
        row = run(size)
        results.append(row)
        per = 1e6 * row["total_s"] / size
        print(f"{size:>9,} {row['articles']:>8,} {row['speakers']:>8,} {row['merge_speakers_s']:>8.2f} "
              f"{row['build_measures_s']:>10.2f} {row['total_s']:>8.2f} {row['total_cpu_s']:>7.2f} {per:>7.1f} "
              f"{row['measures']:>8,}", flush=True)
    def growth_of(field: str) -> list[float]:
        return [round((b[field] / a[field]) / (b["figures"] / a["figures"]), 2)
                for a, b in zip(results, results[1:], strict=False)]

    growth, growth_cpu = growth_of("total_s"), growth_of("total_cpu_s")
    report = {"python": sys.version.split()[0], "machine": platform.machine(), "results": results,
              "growth_vs_linear": growth,
              "growth_vs_linear_cpu": growth_cpu}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"growth per 10x relative to linear (1.0 = linear): wall {growth}, cpu {growth_cpu}; written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

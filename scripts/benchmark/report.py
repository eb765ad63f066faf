#!/usr/bin/env python3
"""Turns the raw figures of scripts/benchmark.sh (results.tsv) into the table it prints and writes
(docs/benchmark.md): medians of the runs with their spread, the ratio to nginx per address, and
which targets are met, by how much the others miss. Python standard library only."""
import argparse
import datetime
import json
import os
import statistics

CACHED_RATIO = 0.25
CACHED_P99_MS = 20.0
PAGE_P99_MS = 100.0
SEARCH_P99_MS = 50.0
HEAP_LIMIT = 1024 ** 3

# Why an uncached answer of that kind takes long: what it has to make (said next to a missed target)
UNCACHED_WHY = {
    "listing": "facet counts over every published project, and Faces rendering 20 cards with every facet value",
    "filtered listing": "facet counts (each chosen facet counted again without its own choice), and Faces rendering",
    "search": "full-text scoring, facet counts, highlighting and Faces rendering",
    "country page": "search with facet aggregations over the country's projects, 20 cards, map and charts",
    "organisation page": "search with facet aggregations over the projects it takes part in, 20 cards with its roles, map and charts",
    "timeline": "search with facet aggregations, 100 bars drawn as SVG",
    "API list": "search, facets and 20 full project documents",
}


def ms(text):
    if text in (None, "", "n/a"):
        return None
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values, digits=0, unit=""):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    fmt = "{:,.%df}" % digits
    mid = fmt.format(statistics.median(values)) + unit
    if len(values) == 1:
        return mid
    return "%s (%s–%s)" % (mid, fmt.format(min(values)), fmt.format(max(values)))


def main():
    a = argparse.ArgumentParser()
    for name in ("results", "addresses", "out", "projects", "db", "runs", "duration", "connections", "first-start",
                 "restart", "started-in", "heap", "heap-max", "sizing", "machine"):
        a.add_argument("--" + name, required=True)
    # values may begin with "-" (the heap options): take every option's value as "--name=value"
    argv, raw = [], __import__("sys").argv[1:]
    while raw:
        name = raw.pop(0)
        argv.append(name + "=" + raw.pop(0) if name.startswith("--") and "=" not in name and raw else name)
    args = a.parse_args(argv)
    addresses = [line.rstrip("\n").split("|") for line in open(args.addresses, encoding="utf-8") if line.strip()]
    rows = {}
    desk = []
    for line in open(args.results, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        run, index, kind = parts[0], parts[1], parts[2]
        if kind == "desk":
            desk.append(json.loads(parts[3]))
            continue
        entry = rows.setdefault(int(index), {})
        if kind == "first":
            entry.setdefault("first", []).append(float(parts[3]) * 1000)
        elif kind == "bytes":
            entry.setdefault("bytes", []).append(int(parts[3]))
            entry["coding"] = parts[4]
        else:
            rps, p50, p99, load = float(parts[3] or 0), ms(parts[4]), ms(parts[5]), float(parts[6])
            if rps == 0:
                # no request finished within the measurement: no latency to report
                p50 = p99 = None
            errors = parts[7].strip() if len(parts) > 7 else ""
            m = entry.setdefault(kind, {"rps": [], "p50": [], "p99": [], "load": [], "errors": []})
            m["rps"].append(rps)
            m["p50"].append(p50)
            m["p99"].append(p99)
            m["load"].append(load)
            if errors:
                m["errors"].append(errors)

    lines = []
    out = lines.append
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out("# Benchmark: the public read path against nginx serving the same bytes")
    out("")
    out("Made by `scripts/benchmark.sh` on %s: %s published projects on %s, %s runs of %s s per figure, "
        "wrk at %s connections (2 threads), loopback." % (now, format(int(args.projects), ","), args.db,
                                                         args.runs, args.duration, args.connections))
    out("")
    out("Machine: %s. Server heap: `%s`." % (args.machine, args.sizing))
    out("")
    out("Each figure is the median of the runs, with the lowest and highest in brackets. *Cached*: the "
        "server's kept answer (gzip where the body is text). *nginx*: the very same bytes from nginx in the "
        "same run. *Uncached*: every request rendered afresh (a session cookie keeps it out of the cache), "
        "at %s connections for throughput and at one for latency. *First*: the first request after a "
        "publication, made and kept. *Load*: the 1-minute load average when the cached and nginx figures "
        "were taken (the machine has other work; the ratio compares both in the same minute)."
        % args.connections)
    out("")
    out("| address | bytes sent | cached req/s | cached p50 / p99 ms | nginx req/s | nginx p99 ms | ratio | "
        "uncached req/s | uncached p50 / p99 ms (1 conn) | first ms | load | targets |")
    out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    misses = []
    for index, (name, path, heavy) in enumerate(addresses):
        r = rows.get(index, {})
        cached, nginx = r.get("cached"), r.get("nginx")
        uncached, single = r.get("uncached"), r.get("uncached1")
        ratios = []
        if cached and nginx:
            for c, n in zip(cached["rps"], nginx["rps"]):
                if n:
                    ratios.append(c / n)
        verdicts = []
        ratio = median(ratios)
        if ratio is not None and ratio < CACHED_RATIO:
            verdicts.append("ratio %.2f < %.2f (%.0f%% short)" % (ratio, CACHED_RATIO, 100 * (1 - ratio / CACHED_RATIO)))
        p99 = median(cached["p99"]) if cached else None
        if p99 is not None and p99 > CACHED_P99_MS:
            # a kept answer is sent as nginx sends a file; what else takes the cores shows in nginx's own p99
            nginx_p99 = median(nginx["p99"]) if nginx else None
            verdicts.append("cached p99 %.0f ms > %.0f ms (%.1f×)%s" % (
                p99, CACHED_P99_MS, p99 / CACHED_P99_MS,
                ": nginx's own p99 in the same minutes %.0f ms (wrk, the server and other work share the cores)"
                % nginx_p99 if nginx_p99 is not None and nginx_p99 > CACHED_P99_MS else ""))
        limit = SEARCH_P99_MS if name == "search" else PAGE_P99_MS
        single_p99 = median(single["p99"]) if single else None
        if heavy == "yes":
            verdicts.append("uncached: whole-portfolio document, no target")
        elif single and single_p99 is None:
            verdicts.append("uncached: no request finished within %s s%s" % (
                args.duration, ": " + UNCACHED_WHY[name] if name in UNCACHED_WHY else ""))
        elif single_p99 is not None and single_p99 > limit:
            why = UNCACHED_WHY.get(name)
            verdicts.append("uncached p99 %.0f ms > %.0f ms (%.1f×)%s" % (
                single_p99, limit, single_p99 / limit, ": " + why if why else ""))
        errors = sorted({e for m in (cached, nginx, uncached, single) if m for e in m["errors"]})
        if errors:
            verdicts.append("errors: " + "; ".join(errors))
        failing = [v for v in verdicts if not v.startswith("uncached: whole")]
        if failing:
            misses.append("%s: %s" % (name, "; ".join(failing)))
        verdict = "met" if not failing else "; ".join(failing)
        if heavy == "yes" and not failing:
            verdict = "met (uncached: no target)"
        out("| %s `%s` | %s %s | %s | %s / %s | %s | %s | %s | %s | %s / %s | %s | %s | %s |" % (
            name, path, spread(r.get("bytes", [])), r.get("coding", ""),
            spread(cached["rps"]) if cached else "n/a",
            spread(cached["p50"], 1) if cached else "n/a", spread(cached["p99"], 1) if cached else "n/a",
            spread(nginx["rps"]) if nginx else "n/a", spread(nginx["p99"], 1) if nginx else "n/a",
            spread(ratios, 2),
            spread(uncached["rps"], 1) if uncached else "n/a (one at a time)",
            spread(single["p50"], 1) if single else "n/a", spread(single["p99"], 1) if single else "n/a",
            spread(r.get("first", []), 1),
            spread((cached["load"] if cached else []) + (nginx["load"] if nginx else []), 1),
            verdict))
    out("")
    saves = [s for d in desk for s in d.get("save_ms", [])]
    approve = [d.get("approve_ms") for d in desk]
    out("| other figure | value |")
    out("| --- | --- |")
    out("| first start, publishing and indexing %s projects | %s s |" % (format(int(args.projects), ","), args.first_start))
    out("| start with the data in place (wall clock; WildFly's own count) | %s s; %s ms |" % (args.restart, args.started_in))
    heap = int(args.heap or 0)
    out("| heap used after the run (after a full GC), of the maximum | %.0f MiB of %.0f MiB (target ≤ 1,024 MiB: %s) |"
        % (heap / 2 ** 20, int(args.heap_max or 0) / 2 ** 20, "met" if 0 < heap <= HEAP_LIMIT else "missed"))
    out("| an editor's draft save (%d saves) | median %s ms, highest %s ms |" % (
        len(saves), spread(saves, 1).split(" ")[0] if saves else "n/a", "%.1f" % max(saves) if saves else "n/a"))
    out("| a reviewer's approval (the request) | %s ms |" % spread(approve, 1))
    for what in ("page", "search", "api"):
        values = [d.get("visible_ms", {}).get(what) for d in desk]
        out("| approve to visible: %s (from sending the approval) | %s ms |" % (
            {"page": "the project page", "search": "the listing's search", "api": "the API document"}[what],
            spread(values, 1)))
    out("")
    if misses:
        out("The load average in the table is the machine's (%d cores), other work included: a missed "
            "latency target on a loaded machine says more about the machine than about the server; the ratio "
            "to nginx compares both in the same minute." % os.cpu_count())
        out("")
        out("Targets missed (cached: ratio ≥ %.2f to nginx and p99 ≤ %.0f ms at %s connections; uncached at one "
            "connection: p99 ≤ %.0f ms for a page, ≤ %.0f ms for the search):" % (
                CACHED_RATIO, CACHED_P99_MS, args.connections, PAGE_P99_MS, SEARCH_P99_MS))
        out("")
        for miss in misses:
            out("- " + miss)
    else:
        out("Every target is met.")
    out("")
    text = "\n".join(lines)
    print(text)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

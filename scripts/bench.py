#!/usr/bin/env python3
"""Costar benchmark: generates deterministic caption corpora and times `costar` on them.

    python3 scripts/bench.py --costar .build/release/costar [--sizes 10000,100000,1000000]
                             [--spacy VENV/bin/python] [--graph-bench VENV/bin/python]

The generator is Costar's own (standard library only): people named from the packed Census name lists, a
Zipf-like popularity, circles of 20 friends, 1 to 12 people a caption (mostly 1 to 4), captions written as
"00123 Ann Lee, Bo Chan and Cy Twombly The stars posed by the rose wall." in JSON Lines, 25 captions a
document, dates over ten years. Corpora are cached in .bench/ (or --cache) and only regenerated when missing.

For each size it times
  - `costar extract CORPUS --timings` pinned to one core (taskset), --repeat times (3): the median run's wall time,
    peak memory, captions/s and MB/s (MB = 10^6 bytes, of the JSON Lines file and of the caption text alone, which
    is what spaCy's figure counts), and the same for its extraction stage alone (no reading or writing);
  - `costar analyze CORPUS --timings`: each stage's wall time and peak memory as the `timing` lines on stderr give
    them (read, extract, build, analyse, export for the ten years summed and for the all-years network, compare,
    diagrams, page, write), their sum after extraction, each measure of the all-years analysis, and the process's
    wall time and peak memory (/usr/bin/time).
With --spacy PY (a Python with spaCy and its small English model, see ../shared/bench/README.md) it runs
spacy_people.py --throughput on the first 20,000 captions of the largest corpus, one caption a line, and prints the
ratio to Costar's extraction. With --graph-bench PY (a Python with networkx, igraph and networkit) it converts the
all-years edges.csv of the 100,000-caption analysis (or --graph-size) to name<TAB>name<TAB>weight and runs
graph_bench.py --threads 1 --skip-slow on it, then prints its per-step seconds beside Costar's. Both need only
`bash ../shared/bench/setup.sh /tmp/costar-bench-venv`; nothing here is needed by `make test`.
"""
import argparse, csv, json, os, random, re, resource, shutil, subprocess, sys, time
from itertools import accumulate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
RES = os.path.join(ROOT, "Sources", "CostarExtraction", "Resources")
REFERENCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))
GENERATOR_VERSION = 1  # bump when generate() changes its output, so cached corpora are remade
DESCRIPTIONS = [
    "The stars posed by the rose wall.", "They shared a laugh at dinner.", "The friends danced until late.",
    "All smiles on the staircase.", "The guests chatted in a cozy corner.", "A toast before the afterparty.",
]
SPACY_CAPTIONS = 20_000
# graph_bench.py steps run by default: betweenness_w is left out, as Costar measures paths in hops by default
GRAPH_STEPS = "build,degree,pagerank,eigenvector,louvain,closeness,betweenness"
# Costar's per-measure timing names (`timing<TAB>analyse <label> <measure>...`) that match graph_bench.py's steps
MEASURE_ALIASES = {"weighted-degree": "degree", "weighted_degree": "degree", "strength": "degree",
                   "community": "louvain", "communities": "louvain", "betweenness-weighted": "betweenness_w"}


def load_names(path, limit):
    out = []
    with open(path) as f:
        for line in f:
            name = line.split("\t")[0]
            if name.isalpha() and len(name) > 2:
                out.append(name.capitalize())
            if len(out) >= limit:
                break
    return out


def generate(n_captions, path, seed=7):
    """Writes the corpus to path (via a temporary file, so an interrupted run leaves no half corpus)."""
    rng = random.Random(seed)
    firsts = load_names(os.path.join(RES, "first-names.tsv"), 3000)
    lasts = load_names(os.path.join(RES, "surnames.tsv"), 20000)
    n_people = max(50, int(4 * n_captions ** 0.75))
    people = sorted({f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(n_people)})
    rng.shuffle(people)
    circle_size = 20
    circles = [people[i:i + circle_size] for i in range(0, len(people), circle_size)]
    # cumulative weights, computed once: the same draws as weights=..., without an O(circles) sum per caption
    circle_cum = list(accumulate(1 / (i + 1) ** 0.8 for i in range(len(circles))))
    member_cum = {k: list(accumulate(1 / (i + 1) ** 0.9 for i in range(k))) for k in {len(c) for c in circles}}
    sizes = [1, 2, 3, 4, 5, 6, 8, 10, 12]
    size_cum = list(accumulate([30, 30, 18, 10, 4, 3, 2, 2, 1]))
    tmp = path + ".part"
    with open(tmp, "w") as f:
        for c in range(n_captions):
            circle = rng.choices(circles, cum_weights=circle_cum)[0]
            k = min(rng.choices(sizes, cum_weights=size_cum)[0], len(circle))
            cum = member_cum[len(circle)]
            chosen = []
            while len(chosen) < k:
                p = rng.choice(people) if rng.random() < 0.1 else rng.choices(circle, cum_weights=cum)[0]
                if p not in chosen:
                    chosen.append(p)
            names = chosen[0] if k == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
            year = 2015 + (c * 10) // n_captions
            caption = f"{c % 100 + 1:02d} {names} {rng.choice(DESCRIPTIONS)}"
            f.write(json.dumps({"date": f"{year}-05-0{1 + c % 7}", "caption": caption, "source": f"doc{c // 25}"}) + "\n")
    os.replace(tmp, path)


def caption_bytes(corpus):
    """UTF-8 bytes of the caption text alone (what spaCy's MB/s counts)."""
    total = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            total += len(json.loads(line)["caption"].encode("utf-8"))
    return total


def run(cmd, one_core=False, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall seconds, peak MiB, stderr without /usr/bin/time's line)."""
    if one_core and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    has_time = os.path.exists("/usr/bin/time")
    if has_time:
        cmd = ["/usr/bin/time", "-f", "maxrss\t%M"] + cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    lines = proc.stderr.splitlines()
    peak_kib = None
    if has_time and lines and lines[-1].startswith("maxrss\t"):
        peak_kib = int(lines.pop().split("\t")[1])
    if peak_kib is None:  # RUSAGE_CHILDREN is the largest child so far: right only when this one is the largest
        peak_kib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return wall, peak_kib / 1024, "\n".join(lines)


def parse_timings(stderr):
    """`timing<TAB>stage<TAB>seconds<TAB>peak MiB` lines -> [(stage, seconds, peak)]."""
    out = []
    for line in stderr.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] == "timing":
            out.append((parts[1], float(parts[2]), float(parts[3])))
    return out


def group_stages(timings):
    """Sums the per-year stages: rows (name, seconds, peak MiB) in pipeline order, plus per-measure times of 'all'.

    A stage 'build 2019' counts under 'build (N years)', 'compare 2019-2020' under 'compare (N pairs of years)', 'build all' stays its own row,
    other stages ('read', 'diagrams', 'page', ...) keep their names; 'analyse all pagerank', 'analyse' with a label and a measure, is a
    per-measure time (if costar prints them) and does not count in the sum, as 'analyse all' is then still the
    whole analysis."""
    rows, index, measures = [], {}, {}
    years, pairs = set(), set()
    for stage, sec, peak in timings:
        words = stage.split(" ")
        if words[0] == "analyse" and len(words) >= 3:
            if words[1] == "all":
                measures[" ".join(words[2:])] = sec
            continue
        if len(words) == 2 and re.fullmatch(r"\d{4}", words[1]):
            years.add(words[1])
            key = words[0] + " (years)"
        elif len(words) == 2 and re.fullmatch(r"\d{4}-\d{4}", words[1]):
            pairs.add(words[1])
            key = words[0] + " (pairs)"
        else:
            key = stage
        if key in index:
            r = rows[index[key]]
            r[1] += sec
            r[2] = max(r[2], peak)
        else:
            index[key] = len(rows)
            rows.append([key, sec, peak])
    for r in rows:
        r[0] = r[0].replace("(years)", f"({len(years)} years)").replace("(pairs)", f"({len(pairs)} pairs of years)")
    return [tuple(r) for r in rows], measures


def bench_size(args, n, results):
    corpus = os.path.join(args.cache, f"captions-v{GENERATOR_VERSION}-{n}.jsonl")
    if not os.path.exists(corpus):
        t = time.perf_counter()
        print(f"generating {n:,} captions into {corpus} ...", file=sys.stderr, flush=True)
        generate(n, corpus)
        print(f"  generated in {time.perf_counter() - t:.1f}s", file=sys.stderr, flush=True)
    file_mb = os.path.getsize(corpus) / 1e6
    text_mb = caption_bytes(corpus) / 1e6
    r = {"captions": n, "corpus": corpus, "file_mb": file_mb, "text_mb": text_mb, "load": os.getloadavg()}

    # The machine's other tenants slow single runs by up to 40 %: the median of --repeat runs is reported, with
    # the fastest and slowest beside it.
    runs = sorted((run([args.costar, "extract", corpus, "--timings"], one_core=True) for _ in range(args.repeat)),
                  key=lambda x: x[0])
    wall, peak, err = runs[len(runs) // 2]
    stage = {name: sec for name, sec, _ in parse_timings(err)}
    r["extract"] = {"seconds": wall, "peak_mib": peak, "captions_s": n / wall, "file_mb_s": file_mb / wall,
                    "text_mb_s": text_mb / wall, "stages": stage, "runs": [x[0] for x in runs],
                    "stage_text_mb_s": text_mb / stage["extract"] if stage.get("extract") else None}
    out = os.path.join(args.cache, f"out-{n}")
    wall, peak, err = run([args.costar, "analyze", corpus, "--out", out, "--timings"], one_core=args.one_core)
    stages, measures = group_stages(parse_timings(err))
    summary = [ln for ln in err.splitlines() if ln.startswith("all:")]
    r["analyze"] = {"seconds": wall, "peak_mib": peak, "stages": stages, "measures": measures,
                    "timings": parse_timings(err),
                    "out": out, "network": summary[0] if summary else ""}
    results[n] = r

    e = r["extract"]
    print(f"\n== {n:,} captions: {file_mb:.1f} MB JSON Lines, {text_mb:.1f} MB caption text "
          f"(load average {r['load'][0]:.2f} before, {os.getloadavg()[0]:.2f} after) ==")
    if r["analyze"]["network"]:
        print(f"   {r['analyze']['network']}")
    print(f"costar extract (one core, incl. reading and writing JSON Lines; median of {len(e['runs'])} runs of "
          f"{', '.join(f'{x:.2f}' for x in e['runs'])} s): {e['seconds']:.2f} s, "
          f"{e['peak_mib']:.0f} MiB peak, {e['captions_s']:,.0f} captions/s, {e['file_mb_s']:.2f} MB/s of file, "
          f"{e['text_mb_s']:.2f} MB/s of caption text")
    if e["stage_text_mb_s"]:
        st = e["stages"]
        print(f"  stages: read {st.get('read', 0):.2f} s, extract {st['extract']:.2f} s, write {st.get('write', 0):.2f} s; "
              f"the extraction stage alone (as spaCy's figure, no file reading or writing): {n / st['extract']:,.0f} "
              f"captions/s, {e['stage_text_mb_s']:.2f} MB/s of caption text")
    print(f"costar analyze --timings:")
    print(f"  {'stage':<22} {'seconds':>9} {'peak MiB':>9}")
    for name, sec, pk in stages:
        print(f"  {name:<22} {sec:>9.3f} {pk:>9.0f}")
    print(f"  {'sum of stages':<22} {sum(s for _, s, _ in stages):>9.3f}")
    print(f"  {'after extraction':<22} {sum(s for n, s, _ in stages if n not in ('read', 'extract')):>9.3f}")
    print(f"  {'process (wall, peak)':<22} {wall:>9.3f} {peak:>9.0f}")
    for m, sec in measures.items():
        print(f"  measure {m:<14} {sec:>9.3f}")
    sys.stdout.flush()


def summary_table(results):
    print("\n== summary ==")
    print(f"{'captions':>10} {'MB':>7} {'extract s':>10} {'captions/s':>11} {'MB/s':>7} {'MiB':>6} "
          f"{'analyze s':>10} {'MiB':>6}  {'build all':>9} {'analyse all':>11} {'export all':>10}")
    for n, r in sorted(results.items()):
        e, a = r["extract"], r["analyze"]
        st = {name: sec for name, sec, _ in a["stages"]}
        print(f"{n:>10,} {r['file_mb']:>7.1f} {e['seconds']:>10.2f} {e['captions_s']:>11,.0f} {e['file_mb_s']:>7.2f} "
              f"{e['peak_mib']:>6.0f} {a['seconds']:>10.2f} {a['peak_mib']:>6.0f}  {st.get('build all', 0):>9.3f} "
              f"{st.get('analyse all', 0):>11.3f} {st.get('export all', 0):>10.3f}")
    if 1_000_000 in results:
        e = results[1_000_000]["extract"]
        print(f"target: extraction at 50 MB/s of caption text on one core: {e['text_mb_s']:.2f} MB/s for the whole "
              f"`costar extract`, {e['stage_text_mb_s'] or 0:.2f} MB/s for its extraction stage -> "
              f"{'met' if e['text_mb_s'] >= 50 else 'NOT met'}")
        a = results[1_000_000]["analyze"]
        ok = a["seconds"] < 30 and a["peak_mib"] < 2048
        print(f"target: analyze 1,000,000 captions in under 30 s and 2 GiB: {a['seconds']:.1f} s, "
              f"{a['peak_mib']:.0f} MiB -> {'met' if ok else 'NOT met'}")


def spacy_bench(args, results):
    n = max(results)
    corpus = results[n]["corpus"]
    text = os.path.join(args.cache, f"captions-v{GENERATOR_VERSION}-{n}-first{SPACY_CAPTIONS}.txt")
    with open(corpus, encoding="utf-8") as f, open(text, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i >= SPACY_CAPTIONS:
                break
            g.write(json.loads(line)["caption"].replace("\n", " ") + "\n")
    script = os.path.join(args.reference, "spacy_people.py")
    print(f"\n== spaCy: {args.spacy} {script} --throughput {text} ==", flush=True)
    proc = subprocess.run(["taskset", "-c", "0", args.spacy, script, "--throughput", text]
                          if shutil.which("taskset") else [args.spacy, script, "--throughput", text],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    print(proc.stdout.rstrip())
    if proc.returncode != 0:
        print(f"spaCy run failed:\n{proc.stderr}")
        return
    e = results[n]["extract"]
    for line in proc.stdout.splitlines():
        f = line.split()
        if f and f[0] in ("full", "ner-only") and len(f) >= 6:
            cps, mbs = float(f[3]), float(f[4])
            print(f"Costar extract on {n:,} captions: {e['captions_s']:,.0f} captions/s, {e['text_mb_s']:.2f} MB/s "
                  f"of caption text; spaCy {f[0]} on {SPACY_CAPTIONS:,}: {cps:,.0f} captions/s, {mbs:.3f} MB/s "
                  f"-> Costar is {e['captions_s'] / cps:,.0f}x faster in captions/s, {e['text_mb_s'] / mbs:,.0f}x in MB/s")


def graph_bench(args, results):
    n = args.graph_size if args.graph_size in results else None
    if n is None:
        print(f"\n(graph-bench: no {args.graph_size:,}-caption run; add it to --sizes)")
        return
    r = results[n]
    edges_csv = os.path.join(r["analyze"]["out"], "all", "edges.csv")
    tsv = os.path.join(args.cache, f"edges-{n}.tsv")
    with open(edges_csv, newline="", encoding="utf-8") as f, open(tsv, "w", encoding="utf-8") as g:
        for row in csv.DictReader(f):
            g.write(f"{row['source']}\t{row['target']}\t{row['weight']}\n")
    out_json = os.path.join(args.cache, f"edges-{n}.bench.json")
    script = os.path.join(args.reference, "graph_bench.py")
    cmd = [args.graph_bench, script, tsv, "--threads", "1", "--skip-slow", "--steps", args.graph_steps,
           "--json", out_json]
    print(f"\n== graph_bench: {' '.join(cmd)} ==", flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)  # progress (stderr) goes to the terminal
    print(proc.stdout.rstrip())
    if proc.returncode != 0 or not os.path.exists(out_json):
        print("graph_bench.py failed")
        return
    with open(out_json, encoding="utf-8") as f:
        res = json.load(f)
    libs = list(res["libs"])
    stages = {name: sec for name, sec, _ in r["analyze"]["stages"]}
    measures = {MEASURE_ALIASES.get(k, k): v for k, v in r["analyze"]["measures"].items()}
    steps = args.graph_steps.split(",")
    print(f"\n== {n:,}-caption all-years graph: Costar beside the libraries (seconds; the libraries one thread, "
          f"Costar analyze {'one core' if args.one_core else 'every core'}) ==")
    print(f"{'step':<14} {'costar':>10}" + "".join(f"{lib:>11}" for lib in libs) + f"{'best ig/nk':>11}")

    def cell(v):
        return f"{v:11.3f}" if isinstance(v, (int, float)) else f"{str(v)[:10]:>11}"
    best_sum = 0.0
    for step in steps:
        secs = {lib: res["libs"][lib]["seconds"].get(step, "-") for lib in libs}
        fast = [secs[l] for l in ("igraph", "networkit") if isinstance(secs.get(l), float)]
        best = min(fast) if fast else "-"
        if step != "build" and isinstance(best, float):
            best_sum += best
        mine = stages.get("build all") if step == "build" else measures.get(step, "-")
        print(f"{step:<14} {mine if isinstance(mine, str) else f'{mine:10.3f}':>10}"
              + "".join(cell(secs[l]) for l in libs) + cell(best))
    for m, sec in measures.items():  # Costar measures without a graph_bench.py step (clustering, k-core, ...)
        if m not in steps:
            print(f"{m[:14]:<14} {sec:10.3f}" + f"{'':>11}" * (len(libs) + 1))
    print(f"{'all measures':<14} {stages.get('analyse all', 0):10.3f}" + " " * (11 * len(libs)) + cell(best_sum))
    print("(build: Costar's 'build all' stage makes the network from the caption units, the libraries from integer"
          " lists; 'all measures': Costar's 'analyse all' stage, which also computes harmonic centrality, clustering,"
          " k-cores, components and modularity, beside the sum of the faster of igraph and NetworKit per step)")
    if not measures:
        print("(Costar prints no per-measure timing lines yet: only its 'analyse all' total is compared)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--costar", default=os.path.join(ROOT, ".build", "release", "costar"))
    ap.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated caption counts")
    ap.add_argument("--repeat", type=int, default=3, help="runs of `costar extract` a size (the median is reported)")
    ap.add_argument("--cache", "--keep", default=os.path.join(ROOT, ".bench"),
                    help="folder for the generated corpora and outputs (default .bench/ in the repo)")
    ap.add_argument("--spacy", metavar="PY", help="Python with spaCy and en_core_web_sm (../shared/bench/setup.sh)")
    ap.add_argument("--graph-bench", metavar="PY", help="Python with networkx, igraph, networkit")
    ap.add_argument("--graph-size", type=int, default=100_000, help="corpus whose all-years graph graph_bench times")
    ap.add_argument("--graph-steps", default=GRAPH_STEPS, help="graph_bench.py --steps")
    ap.add_argument("--reference", default=REFERENCE, help="folder of spacy_people.py and graph_bench.py")
    ap.add_argument("--one-core", action="store_true",
                    help="pin costar analyze to one core too (extract always is), as graph_bench.py runs one thread")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    if not os.access(args.costar, os.X_OK):
        sys.exit(f"{args.costar}: not found; build it with `swift build -c release --product costar`")
    os.makedirs(args.cache, exist_ok=True)
    for flag, script in (("spacy", "spacy_people.py"), ("graph_bench", "graph_bench.py")):
        if getattr(args, flag) and not os.path.exists(os.path.join(args.reference, script)):
            print(f"({script} not found in {args.reference}: --{flag.replace('_', '-')} skipped; see --reference)")
            setattr(args, flag, None)
    load = os.getloadavg()
    print(f"costar {args.costar}; {os.cpu_count()} cores; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"corpora in {args.cache}")
    if load[0] > 1.3:
        print("warning: the machine is busy (1-minute load above 1.3): the timings are pessimistic")
    results = {}
    for n in [int(s.replace("_", "")) for s in args.sizes.split(",") if s]:
        bench_size(args, n, results)
    summary_table(results)
    if args.spacy:
        spacy_bench(args, results)
    else:
        print("\n(spaCy comparison skipped: bash ../shared/bench/setup.sh /tmp/costar-bench-venv, then "
              "--spacy /tmp/costar-bench-venv/bin/python, or `make bench BENCH_VENV=/tmp/costar-bench-venv`)")
    if args.graph_bench:
        graph_bench(args, results)
    else:
        print("(networkx/igraph/NetworKit comparison skipped: add --graph-bench /tmp/costar-bench-venv/bin/python"
              " after the same setup)")
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({str(k): v for k, v in results.items()}, f, indent=1)


if __name__ == "__main__":
    main()

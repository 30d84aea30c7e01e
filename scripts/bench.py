#!/usr/bin/env python3
"""Costar benchmark: generates deterministic caption corpora and times `costar` on them.

    python3 scripts/bench.py --costar .build/release/costar [--sizes 10000,100000,1000000]

The generator is Costar's own (standard library only): people named from the packed Census name lists, a
Zipf-like popularity, circles of friends, 1 to 12 people a caption (mostly 1 to 4), captions written as
"00123 Ann Lee, Bo Chan and Cy Twombly The stars posed by the rose wall." in JSON Lines, 25 captions a
document, dates over ten years. For each size it reports, for `costar extract` and `costar analyze`, the wall
time and peak memory (from /usr/bin/time when present, else resource.getrusage), and extraction throughput in
MB/s and captions/s. Nothing here is needed by `make test`.
"""
import argparse, json, os, random, resource, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "Sources", "CostarExtraction", "Resources")
DESCRIPTIONS = [
    "The stars posed by the rose wall.", "They shared a laugh at dinner.", "The friends danced until late.",
    "All smiles on the staircase.", "The guests chatted in a cozy corner.", "A toast before the afterparty.",
]


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
    rng = random.Random(seed)
    firsts = load_names(os.path.join(RES, "first-names.tsv"), 3000)
    lasts = load_names(os.path.join(RES, "surnames.tsv"), 20000)
    n_people = max(50, int(4 * n_captions ** 0.75))
    people = sorted({f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(n_people)})
    rng.shuffle(people)
    circle_size = 20
    circles = [people[i:i + circle_size] for i in range(0, len(people), circle_size)]
    circle_weights = [1 / (i + 1) ** 0.8 for i in range(len(circles))]
    sizes = [1, 2, 3, 4, 5, 6, 8, 10, 12]
    size_weights = [30, 30, 18, 10, 4, 3, 2, 2, 1]
    with open(path, "w") as f:
        for c in range(n_captions):
            circle = rng.choices(circles, circle_weights)[0]
            k = min(rng.choices(sizes, size_weights)[0], len(circle))
            weights = [1 / (i + 1) ** 0.9 for i in range(len(circle))]
            chosen = []
            while len(chosen) < k:
                p = rng.choice(people) if rng.random() < 0.1 else rng.choices(circle, weights)[0]
                if p not in chosen:
                    chosen.append(p)
            names = chosen[0] if k == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
            year = 2015 + (c * 10) // n_captions
            caption = f"{c % 100 + 1:02d} {names} {rng.choice(DESCRIPTIONS)}"
            f.write(json.dumps({"date": f"{year}-05-0{1 + c % 7}", "caption": caption, "source": f"doc{c // 25}"}) + "\n")


def timed(cmd, stdout=subprocess.DEVNULL):
    if os.path.exists("/usr/bin/time"):
        cmd = ["/usr/bin/time", "-f", "%M"] + cmd
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    lines = proc.stderr.strip().splitlines()
    peak_kib = int(lines[-1]) if os.path.exists("/usr/bin/time") and lines and lines[-1].isdigit() else \
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, peak_kib / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--costar", default=".build/release/costar")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--keep", help="folder to keep the generated corpora in")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="costar-bench-")
    os.makedirs(work, exist_ok=True)
    print(f"{'captions':>10} {'MB':>7} {'stage':>8} {'seconds':>9} {'peak MiB':>9} {'MB/s':>8} {'captions/s':>11}")
    for n in [int(s) for s in args.sizes.split(",")]:
        corpus = os.path.join(work, f"captions-{n}.jsonl")
        if not os.path.exists(corpus):
            generate(n, corpus)
        mb = os.path.getsize(corpus) / 1e6
        wall, peak = timed([args.costar, "extract", corpus])
        print(f"{n:>10} {mb:>7.1f} {'extract':>8} {wall:>9.2f} {peak:>9.0f} {mb / wall:>8.2f} {n / wall:>11.0f}")
        out = os.path.join(work, f"out-{n}")
        wall, peak = timed([args.costar, "analyze", corpus, "--out", out, "--max-people", "150"])
        print(f"{n:>10} {mb:>7.1f} {'analyze':>8} {wall:>9.2f} {peak:>9.0f} {'':>8} {n / wall:>11.0f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

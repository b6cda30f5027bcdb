#!/usr/bin/env python3
"""Consistency check for gold labels: every JSON parses, has the seed format,
every gold name/alias occurs in its text (after the scorer's normalization,
with HTML tags and entities decoded), and every relation or amount refers to
a gold entity. Usage: python3 data/check_gold.py [GOLD_DIR...]
(default: the dev and holdout gold folders). Exit 1 on any problem."""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"university", "government_agency", "research_institute", "company",
         "person", "country", "program", "sector"}
KINDS = {"funding", "investment", "contract_value", "estimate", "budget"}
RELS = {"partners_with", "funds", "participates_in", "announces", "focuses_on"}


def norm(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    s = s.lower().replace("\\", "").replace("*", "").replace("_", " ")
    s = re.sub("[\u2018\u2019\u2032]", "'", s)
    s = re.sub("[\u201c\u201d]", '"', s)
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def text_for(gold_path, doc):
    prefix, num = doc.split("_", 1)
    root = os.path.dirname(os.path.dirname(gold_path))
    folder = os.path.join(root, "corpus")
    hits = glob.glob(os.path.join(folder, num + "_*.txt"))
    return hits[0] if len(hits) == 1 else None


def check(path):
    errs = []
    try:
        g = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{path}: does not parse: {e}"]
    doc = g.get("doc", "")
    if os.path.basename(path) != doc + ".json":
        errs.append(f"{path}: doc '{doc}' does not match the file name")
    tp = text_for(path, doc)
    if not tp:
        return errs + [f"{path}: no single text file for {doc}"]
    text = norm(open(tp, encoding="utf-8").read())
    names = set()
    for e in g.get("entities", []):
        n, t = e.get("name"), e.get("type")
        if t not in TYPES:
            errs.append(f"{path}: {n}: bad type {t}")
        for a in e.get("alt_types", []):
            if a not in TYPES:
                errs.append(f"{path}: {n}: bad alt type {a}")
        if n in names:
            errs.append(f"{path}: duplicate entity {n}")
        names.add(n)
        forms = list(e.get("aliases", []))
        for f in forms:
            if norm(f) not in text:
                errs.append(f"{path}: alias '{f}' ({n}) not in {os.path.basename(tp)}")
        # A name may be a canonical form absent from the text ("Fumio Kishida"
        # for "Kishida Fumio", a sector's lexicon name, an unnamed program's
        # label) only when some alias of it does occur.
        if norm(n) not in text and not any(norm(f) in text for f in forms):
            if e.get("named", True):
                errs.append(f"{path}: '{n}' and none of its aliases in {os.path.basename(tp)}")
    progs = {e["name"] for e in g.get("entities", []) if e.get("type") == "program"}
    for a in g.get("amounts", []):
        if a.get("kind") not in KINDS:
            errs.append(f"{path}: amount {a.get('text')}: bad kind")
        if not isinstance(a.get("usd"), int) or a["usd"] <= 0:
            errs.append(f"{path}: amount {a.get('text')}: bad usd")
        if norm(a.get("text", "")) not in text:
            errs.append(f"{path}: amount text '{a.get('text')}' not in text")
        if a.get("funds") is not None and a["funds"] not in progs:
            errs.append(f"{path}: amount funds unknown program {a['funds']}")
        for f in a.get("funders", []) + a.get("parties", []) + a.get("recipients", []):
            if f not in names:
                errs.append(f"{path}: amount funder/party/recipient unknown {f}")
    pairs = set()
    for r in g.get("relations", []):
        if r.get("a") == r.get("b"):
            errs.append(f"{path}: relation {r.get('type')} from {r.get('a')} to itself")
        if r.get("type") == "partners_with":
            key = frozenset((r.get("a"), r.get("b")))
            if key in pairs:
                errs.append(f"{path}: partnership {r.get('a')} - {r.get('b')} listed twice")
            pairs.add(key)
        if r.get("type") not in RELS:
            errs.append(f"{path}: bad relation type {r.get('type')}")
        for k in ("a", "b"):
            if r.get(k) not in names:
                errs.append(f"{path}: relation {r.get('type')} endpoint unknown {r.get(k)}")
    return errs


def main(argv):
    dirs = argv or [os.path.join(HERE, d) for d in ("dev/gold", "holdout/gold")]
    files = sorted(p for d in dirs for p in glob.glob(os.path.join(d, "*.json")))
    errs = [e for p in files for e in check(p)]
    for e in errs:
        print(e)
    print(f"{len(files)} gold files, {len(errs)} problems")
    return 1 if errs or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

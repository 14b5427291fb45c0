#!/usr/bin/env python3
"""Turns citation-cases.txt into the expectations the citation corpus test reads.

Each case is run through pandoc (`pandoc -f markdown-smart -t json`) and every Cite element of the
document is recorded in reading order: its citations' ids, modes, and prefix and suffix reduced to
plain text. Then every suffix is run through pandoc's citeproc (`--citeproc` with
locator-probe.csl, which prints the label and locator it parsed), and the split is recorded as
"citeproc": label, locator and the rest of the suffix. The test compares Gloss's parse with this
data and never runs pandoc itself.

`smart` is turned off because it only changes typography (curly quotes, dashes, a no-break space
after abbreviations), which Gloss does not do; the citation grammar is the same with and without it.

Usage: generate.py CASES OUT (see generate.sh).
"""
import json
import os
import re
import subprocess
import sys


def read_cases(path):
    """Cases are separated by lines `=== name | provenance`; trailing blank lines are dropped."""
    cases, current = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("=== "):
                name, _, origin = line[4:].partition(" | ")
                current = {"name": name.strip(), "from": origin.strip(), "lines": []}
                cases.append(current)
            elif current is not None:
                current["lines"].append(line)
            elif line.strip() and not line.startswith("#"):
                sys.exit("text before the first case: " + line)
    names = set()
    for c in cases:
        if c["name"] in names:
            sys.exit("duplicate case name: " + c["name"])
        names.add(c["name"])
        while c["lines"] and not c["lines"][-1].strip():
            c["lines"].pop()
        c["markdown"] = "\n".join(c.pop("lines")) + "\n"
    return cases


def text(inlines):
    """Pandoc's stringify (Text.Pandoc.Shared), except that math and strikeout keep their markers as
    written, since Gloss has neither and shows them as text."""
    out = []
    for il in inlines:
        t, c = il["t"], il.get("c")
        if t == "Str":
            out.append(c)
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t == "Code":
            out.append(c[1])
        elif t == "Math":
            out.append("$" + c[1] + "$")
        elif t == "RawInline":
            out.append("")  # as pandoc's stringify: raw HTML tags are not text
        elif t == "Strikeout":
            out.append("~~" + text(c) + "~~")
        elif t in ("Emph", "Strong", "Superscript", "Subscript", "SmallCaps", "Underline"):
            out.append(text(c))
        elif t in ("Link", "Image", "Span"):
            out.append(text(c[1]))
        elif t == "Quoted":
            q = '"' if c[0]["t"] == "DoubleQuote" else "'"
            out.append(q + text(c[1]) + q)
        elif t == "Cite":
            out.append(text(c[1]))
        elif t == "Note":
            out.append("")
        else:
            raise ValueError("unexpected inline " + t)
    return "".join(out)


def contains_cite(inlines):
    found = []
    walk(inlines, lambda cite: found.append(cite))
    return bool(found)


def walk(node, on_cite):
    """Visits Cite elements in document order; a Cite inside another's prefix or suffix is nested."""
    if isinstance(node, list):
        for n in node:
            walk(n, on_cite)
    elif isinstance(node, dict):
        if node.get("t") == "Cite":
            on_cite(node)
            return
        for v in node.values():
            walk(v, on_cite)


def citations(markdown):
    """pandoc's citations of one case, and the suffix inlines of each item for the citeproc pass."""
    doc = json.loads(subprocess.run(
        ["pandoc", "-f", "markdown-smart", "-t", "json"],
        input=markdown, capture_output=True, text=True, check=True, timeout=120).stdout)
    groups = []
    suffixes = []

    def on_cite(cite):
        items = []
        for c in cite["c"][0]:
            # citeproc renders a nested citation of its own; such items are rejected by Gloss anyway
            suffixes.append(None if contains_cite(c["citationSuffix"]) else c["citationSuffix"])
            items.append({
                "id": c["citationId"],
                "mode": c["citationMode"]["t"],
                "prefix": text(c["citationPrefix"]),
                "suffix": text(c["citationSuffix"]),
                "nested": contains_cite(c["citationPrefix"]) or contains_cite(c["citationSuffix"]),
            })
        groups.append(items)

    walk(doc["blocks"], on_cite)
    return groups, suffixes


def citeproc_splits(suffixes, version):
    """How citeproc splits each suffix into label, locator and the rest: one run for all of them."""
    probe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locator-probe.csl")
    def para(suffix):
        citation = {"citationId": "k", "citationPrefix": [], "citationSuffix": suffix,
                    "citationMode": {"t": "NormalCitation"}, "citationNoteNum": 0, "citationHash": 0}
        return {"t": "Para", "c": [{"t": "Cite", "c": [[citation], [{"t": "Str", "c": "x"}]]}]}
    meta = {"references": {"t": "MetaList", "c": [{"t": "MetaMap", "c": {
                "id": {"t": "MetaString", "c": "k"}, "type": {"t": "MetaString", "c": "book"},
                "title": {"t": "MetaInlines", "c": [{"t": "Str", "c": "T"}]}}}]},
            "suppress-bibliography": {"t": "MetaBool", "c": True}}
    doc = {"pandoc-api-version": version, "meta": meta, "blocks": [para(s or []) for s in suffixes]}
    out = json.loads(subprocess.run(
        ["pandoc", "-f", "json", "-t", "json", "--citeproc", "--csl", probe],
        input=json.dumps(doc), capture_output=True, text=True, check=True, timeout=600).stdout)
    splits = []
    for block, suffix in zip(out["blocks"], suffixes):
        if suffix is None:
            splits.append(None)
            continue
        cites = []
        walk(block, cites.append)
        rendered = text(cites[0]["c"][1])
        m = re.fullmatch(r"⟦(.*?)\|(.*?)⟧(.*)", rendered, re.S)
        if not m:
            sys.exit("unexpected citeproc output: " + rendered)
        splits.append({"label": m.group(1), "locator": m.group(2), "suffix": m.group(3)})
    return splits


def main():
    cases_path, out_path = sys.argv[1], sys.argv[2]
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=True).stdout.split("\n")[0]
    cases = read_cases(cases_path)
    suffixes = []
    for c in cases:
        c["pandoc"], found = citations(c["markdown"])
        suffixes.extend(found)
    api = json.loads(subprocess.run(["pandoc", "-t", "json"], input="", capture_output=True, text=True,
                                    check=True).stdout)["pandoc-api-version"]
    splits = iter(citeproc_splits(suffixes, api))
    for c in cases:
        for group in c["pandoc"]:
            for item in group:
                item["citeproc"] = next(splits)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"generator": "src/test/pandoc/generate.sh", "pandoc": version,
                   "command": "pandoc -f markdown-smart -t json; suffixes: pandoc --citeproc --csl locator-probe.csl",
                   "cases": cases},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases, {sum(1 for c in cases if c['pandoc'])} with citations -> {out_path}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adds to each CommonMark spec example the runner's normalised form of its expected HTML.

Reads the examples as commonmark-spec's index.js extracts them (markdown, html, section, number),
replaces the spec's visible tab '→' with a tab as the spec's runner does (test/spec_tests.py), and
stores normalize_html(html) from the spec's own test/normalize.py as "normalized", which
gloss.markdown.CommonMarkSpecTest uses to check its Java port of the normaliser.

Usage: add-normalized.py TESTS_JSON OUT_JSON (see generate.sh).
"""
import json
import sys

from normalize import normalize_html


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        tests = json.load(f)
    for t in tests:
        t["markdown"] = t["markdown"].replace("→", "\t")
        t["html"] = t["html"].replace("→", "\t")
        t["normalized"] = normalize_html(t["html"])
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump({"source": "npm commonmark-spec 0.31.2 (spec.txt, CC-BY-SA 4.0), extracted by its index.js",
                   "normalized_by": "test/normalize.py of commonmark-spec 0.31.2 on Python "
                                    + sys.version.split()[0],
                   "examples": tests}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(tests)} examples -> {sys.argv[2]}")


if __name__ == "__main__":
    main()

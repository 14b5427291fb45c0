#!/usr/bin/env python3
"""Prints the paragraphs of pandoc's test/command/*.md that contain citations, as cases for
citation-cases.txt (the "cmd-" cases were made with it from pandoc 2.17.1.1's tests).

Only tests read as Markdown are used; YAML metadata blocks are dropped (Gloss reads front matter
separately), paragraphs with example lists "(@...)" are left out (a pandoc extension Gloss does not
have), and a footnote definition is reduced to its text because pandoc drops an unreferenced note.

Usage: extract-pandoc-tests.py PANDOC_CHECKOUT/test/command
(a checkout of https://github.com/jgm/pandoc at tag 2.17.1.1)
"""
import glob
import os
import re
import sys

CANDIDATE = re.compile(r'(^|[^A-Za-z0-9.])-?@[A-Za-z0-9_{*]')


def main():
    seen, count = set(), {}
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for cmd, inp in re.findall(r'^```+\n% pandoc([^\n]*)\n(.*?)\n\^D\n', text, re.S | re.M):
            reads = re.search(r'(-f|--from|-r|--read)[ =]', cmd)
            if reads and not re.search(r'(-f|--from|-r|--read)[ =]markdown\b', cmd):
                continue
            body = re.sub(r'(?ms)^---\n.*?^(---|\.\.\.)\n?', '', inp + '\n')
            for para in re.split(r'\n\s*\n', body):
                para = para.strip('\n')
                if not CANDIDATE.search(para) or 'nocite' in para or para in seen or re.search(r'\(@', para):
                    continue
                seen.add(para)
                para = re.sub(r'^\[\^\w+\]: ', '', para)
                para = re.sub(r'\n    ', '\n', para)
                stem = name[:-3]
                count[stem] = count.get(stem, 0) + 1
                print(f'=== cmd-{stem}-{count[stem]} | pandoc 2.17.1.1 test/command/{name}')
                print(para)
                print()


if __name__ == "__main__":
    main()

#!/bin/sh
# Regenerates the expectations of the citation corpus test (gloss.markdown.PandocCitationCorpusTest)
# from citation-cases.txt with the machine's pandoc (Debian's pandoc 2.17: `apt-get install pandoc`).
# The test reads only the JSON this writes, so running the tests never needs pandoc.
# Run from anywhere: src/test/pandoc/generate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/gloss/markdown/pandoc-citations.json"
mkdir -p "$(dirname "$out")"
python3 "$here/generate.py" "$here/citation-cases.txt" "$out"

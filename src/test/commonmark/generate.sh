#!/bin/sh
# Regenerates the data of gloss.markdown.CommonMarkSpecTest: every example of the CommonMark spec
# 0.31.2, from the npm package commonmark-spec (which ships spec.txt and index.js, the extractor the
# spec's JavaScript tooling uses), with the spec runner's normalised form of each expected HTML.
# Needs npm, node and python3 (run with Python 3.11); the test itself needs none of them.
# Run from anywhere: src/test/commonmark/generate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../resources/gloss/markdown/commonmark"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent commonmark-spec@0.31.2 >/dev/null && tar xzf commonmark-spec-0.31.2.tgz)
node -e 'process.stdout.write(JSON.stringify(require(process.argv[1]).tests))' "$tmp/package" > "$tmp/tests.json"
mkdir -p "$data"
(cd "$here" && python3 add-normalized.py "$tmp/tests.json" "$data/spec.json")
cp "$tmp/package/LICENSE" "$data/LICENSE"

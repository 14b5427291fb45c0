#!/bin/sh
# Counts how far the source registry leads a reader to originals (issue 14's before/after measurements).
# Usage: scripts/source-stats.sh [PROJECT_ROOT]   (needs yq, the jq wrapper, and target/gloss.jar built)
set -eu
root=${1:-.}
jar=$(dirname "$0")/../target/gloss.jar
src="$root/content/sources.yaml"
count() { yq "[.[] | $1] | length" "$src"; }
linked='select((.url // .original_url) != null)'
official='(.kind == "official" or .kind == "government-document" or .kind == "government")'

echo "sources:                                  $(count 'select(true)')"
echo "on the publisher's own site or official:  $(count "$linked | select(.via == null)")"
echo "  of which official primary sources:      $(count "$linked | select(.via == null) | select($official)")"
echo "  of which aggregators (kind aggregator): $(count "$linked | select(.via == null) | select(.kind == \"aggregator\")")"
echo "copies (url on another site, via set):    $(count 'select(.via != null)')"
echo "no link at all:                           $(count 'select((.url // .original_url) == null)')"
echo "with original_url (publisher's page):     $(count 'select(.original_url != null)')"
echo "with archive_url:                         $(count 'select(.archive_url != null)')"
echo "kind other:                               $(count 'select(.kind == "other")')"
echo "low reliability:                          $(count 'select(.reliability == "low")')"
echo "state media:                              $(count 'select(.kind == "state-media")')"
echo "titles the editors wrote (note says so):  $(count 'select((.note // "") | test("[Dd]escriptive title|headline was not seen|derived from the URL|our description"))')"
echo "  of which marked as such ([...]):        $(count 'select(.title | startswith("["))')"
echo "headlines in another language (title_en): $(count 'select(.title_en != null)')"
warnings=$(java -jar "$jar" check --root "$root" 2>&1 || true)
n() { printf '%s\n' "$warnings" | grep -c "$1" || true; }
echo "bare-IP addresses:                        $(n 'points to a bare IP address')"
echo "staging or development hosts:             $(n 'staging or development server')"
echo "raw hosting addresses (CloudFront...):    $(n 'hosting address')"
echo "addresses with tracking parameters:       $(n 'carries tracking parameters')"
echo "pages registered twice:                   $(n 'links the same page as source')"
echo "url/original_url/via contradictions:      $(n "via marks\|original_url repeats\|not on the publisher's site\|names a copy in via")"

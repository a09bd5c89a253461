#!/usr/bin/env bash
# Renders the HTML report of a bundled example pole in a headless Chromium and checks that the page is not empty
# and shows a verdict; also renders a pole with hostile names and checks that no markup from the input survives.
# Takes a screenshot for a person to look at.
#
# Usage: ptce-examples/scripts/check-html-report.sh [POLE-ID] [OUTPUT-DIR]
#   POLE-ID     a bundled pole (default organic-vallee: charts with a failing ESS governance)
#   OUTPUT-DIR  where report.html, dom.html and report.png go (default ptce-examples/target/html-check)
# Needs ptce-examples/target/ptce.jar (mvn -o -q -pl ptce-examples package -DskipTests) and Debian's chromium
# (apt-get install -y chromium); without chromium it prints a SKIP line and exits 0.
set -euo pipefail

module=$(cd "$(dirname "$0")/.." && pwd)
pole_id=${1:-organic-vallee}
out_dir=${2:-$module/target/html-check}
jar=$module/target/ptce.jar
pole=$module/src/main/resources/poles/$pole_id.json

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "SKIP check-html-report: chromium is not installed (apt-get install -y chromium)"
  exit 0
fi
[ -f "$jar" ] || { echo "FAIL: $jar is missing; build it with: mvn -o -q -pl ptce-examples package -DskipTests" >&2; exit 1; }
[ -f "$pole" ] || { echo "FAIL: no bundled pole $pole_id ($pole)" >&2; exit 1; }
mkdir -p "$out_dir"
profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT

chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" "$@" 2>"$work/chromium.log"
}

render() { # render JSON-FILE HTML-FILE: writes the report; exit code 0 or 1 is a verdict, 2 an error
  set +e
  java -jar "$jar" validate --format html --output "$2" "$1"
  local code=$?
  set -e
  if [ "$code" -ge 2 ]; then echo "FAIL: ptce validate exited with $code for $1" >&2; exit 1; fi
}

# 1. The bundled example: a readable page with verdicts, tables and charts.
render "$pole" "$out_dir/report.html"
chrome --dump-dom "file://$out_dir/report.html" >"$out_dir/dom.html"
text=$(sed -e 's/<[^>]*>/ /g' "$out_dir/dom.html" | tr -s ' \n' ' ')
if [ "$(printf '%s' "$text" | tr -d ' ' | wc -c)" -lt 200 ]; then
  echo "FAIL: the rendered page is empty ($out_dir/dom.html); chromium said:" >&2; cat "$work/chromium.log" >&2; exit 1
fi
grep -q 'Rapport de conformité PTCE' <<<"$text" || { echo "FAIL: no report title in the rendered page" >&2; exit 1; }
if ! grep -Eq 'Conforme avec avertissements|Non conforme|Conforme' <<<"$text"; then
  echo "FAIL: no verdict text in the rendered page" >&2; exit 1
fi
grep -q '<svg' "$out_dir/dom.html" || { echo "FAIL: no chart in the rendered page" >&2; exit 1; }
chrome --window-size=1280,2400 --hide-scrollbars --screenshot="$out_dir/report.png" "file://$out_dir/report.html" >/dev/null
size=$(wc -c <"$out_dir/report.png")
[ "$size" -gt 20000 ] || { echo "FAIL: the screenshot looks blank ($size bytes)" >&2; exit 1; }

# 2. A pole whose names carry markup: the browser must show it as text, never build elements from it.
cat >"$work/hostile.json" <<'JSON'
{
  "formatVersion": 1, "id": "hostile", "name": "Pôle <script>alert('pole')</script>", "legalCategory": "9220",
  "territory": { "communes": ["21231"] }, "aims": { "sustainableLocalDevelopment": true },
  "members": [
    { "id": "m1", "name": "<script>alert(1)</script>", "legalCategory": "9220", "commune": "21231" },
    { "id": "m2", "name": "<img src=x onerror=alert(2)>", "legalCategory": "5499", "commune": "21231" }
  ],
  "governance": { "bodies": [ { "name": "<iframe src=x></iframe>", "decisionMaking": true,
    "seats": [ { "member": "m1", "votes": 2 }, { "member": "m2" } ] } ] },
  "cooperations": [ { "id": "c1", "type": "PREMISES", "members": ["m1", "m2"] } ],
  "projects": [ { "id": "p1", "innovation": ["SOCIAL"], "members": ["m1"] } ]
}
JSON
render "$work/hostile.json" "$work/hostile.html"
chrome --dump-dom "file://$work/hostile.html" >"$work/hostile-dom.html"
if grep -Eqi '<(script|img|iframe)[ >]' "$work/hostile-dom.html"; then
  echo "FAIL: markup from the input became elements of the page" >&2; exit 1
fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/hostile-dom.html" \
  || { echo "FAIL: the hostile member name is not shown as text" >&2; exit 1; }

echo "OK check-html-report: $pole_id rendered by $($browser --version 2>/dev/null | head -n 1)"
echo "   page $out_dir/report.html, rendered DOM $out_dir/dom.html, screenshot $out_dir/report.png ($size bytes)"
echo "   hostile names shown as text, no element built from them"

#!/usr/bin/env bash
# Prepares the fastest-starting production layout from target/dti-dashboard-*.jar (after ./mvnw verify):
# Spring Boot's extracted jar (no nested-jar class loading) plus a class cache made by one training
# start: a Java AOT cache on JDK 25+ (-XX:AOTCache), a CDS archive on JDK 21-24 (-XX:SharedArchiveFile).
# On 2 cores this takes start-up from ~22 s to ~11 s (docs/production.md). The cache belongs to this
# JDK and this jar: prepare again after an upgrade of either.
# Usage: scripts/prepare-production.sh [DEST]   (default: target/dist); then run the command it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-target/dist}
jar=$(ls target/dti-dashboard-*.jar | grep -v '\.original$' | head -n 1)
java_cmd=""
for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
  v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then java_cmd="$candidate/bin/java"; version=$v; break; fi
done
[ -n "$java_cmd" ] || { echo "no JDK 21+ found" >&2; exit 1; }

rm -rf "$dest"
"$java_cmd" -Djarmode=tools -jar "$jar" extract --destination "$dest" > /dev/null
app="$dest/$(basename "$jar")"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# One start that stops once the context is refreshed: every class of a normal start gets loaded.
if [ "$version" -ge 25 ]; then
  cache_option="-XX:AOTCache=$dest/app.aot"
  "$java_cmd" -XX:AOTCacheOutput="$dest/app.aot" -Dspring.context.exit=onRefresh -jar "$app" \
    --dti.data-dir="$training" --dti.admin-password=training-only --server.port=0 > "$dest/training.log" 2>&1
else
  cache_option="-XX:SharedArchiveFile=$dest/app.jsa"
  "$java_cmd" -XX:ArchiveClassesAtExit="$dest/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
    --dti.data-dir="$training" --dti.admin-password=training-only --server.port=0 > "$dest/training.log" 2>&1
fi
echo "$cache_option" > "$dest/jvm-options"
echo "Prepared $dest. Start with:"
echo "  $java_cmd $cache_option -jar $app --dti.data-dir=/srv/dti"

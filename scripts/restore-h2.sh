#!/usr/bin/env bash
# Restores an online backup (POST /api/v1/backups, <data dir>/backups/dti-backup-*.zip) into an EMPTY data
# directory: the H2 database and the stored report files. Start the app on it afterwards:
#   scripts/restore-h2.sh /srv/dti/backups/dti-backup-20261204-121500.zip /srv/dti-restored
#   java -jar dti-dashboard.jar --dti.demo-data=false --dti.data-dir=/srv/dti-restored
# The app must not be running on the target directory. Needs a JDK (jar) or unzip.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP.zip EMPTY_DATA_DIR" >&2
  exit 2
fi
backup="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
target="$2"
[ -f "$backup" ] || { echo "no such backup: $backup" >&2; exit 1; }
mkdir -p "$target"
if [ -e "$target/dti.mv.db" ]; then
  echo "$target already holds a database (dti.mv.db); restore into an empty directory" >&2
  exit 1
fi
cd "$target"
if command -v unzip >/dev/null; then
  unzip -q "$backup"
elif command -v jar >/dev/null; then
  jar xf "$backup"
else
  echo "needs unzip or a JDK's jar tool" >&2
  exit 1
fi
echo "restored into $(pwd): $(ls -1 | tr '\n' ' ')"

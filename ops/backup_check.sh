#!/usr/bin/env bash
# Proves a backup can be restored: dump the database with pg_dump, archive the media files,
# restore both somewhere fresh, and compare row counts, sequences and media checksums.
#
#   DATABASE_URL=postgres://user@host:5432/newsdigest ops/backup_check.sh
#       checks the given database (read-only) and its MEDIA_ROOT;
#   ops/backup_check.sh
#       without DATABASE_URL: builds a scratch database with the demo content and its images
#       on the PostgreSQL server in PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres).
#
# The procedure it follows is the one in docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5}

work=$(mktemp -d)
suffix="$(date +%s)_$$"
restore_db="newsdigest_restore_${suffix}"
scratch_db=""

if [[ -z "${DATABASE_URL:-}" ]]; then
  scratch_db="newsdigest_backup_${suffix}"
  export DATABASE_URL="postgres://${PGUSER}@${PGHOST}:${PGPORT}/${scratch_db}"
  export DJANGO_MEDIA_ROOT="${work}/media"
fi

base_url="${DATABASE_URL%%\?*}"
query=""
[[ "$DATABASE_URL" == *\?* ]] && query="?${DATABASE_URL#*\?}"
server_url="${base_url%/*}"
maintenance_url="${server_url}/postgres${query}"
restore_url="${server_url}/${restore_db}${query}"

psql_at() { psql "$1" -X -q -At -v ON_ERROR_STOP=1 -c "$2"; }

cleanup() {
  psql_at "$maintenance_url" "DROP DATABASE IF EXISTS ${restore_db}" >/dev/null 2>&1 || true
  if [[ -n "$scratch_db" ]]; then
    psql_at "$maintenance_url" "DROP DATABASE IF EXISTS ${scratch_db}" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -n "$scratch_db" ]]; then
  echo "== scratch database ${scratch_db} with the demo content"
  psql_at "$maintenance_url" "CREATE DATABASE ${scratch_db}" >/dev/null
  "$PY" manage.py migrate --noinput -v 0
  "$PY" manage.py seed_demo >/dev/null
fi

media_root=$("$PY" manage.py shell -v 0 -c "from django.conf import settings; print(settings.MEDIA_ROOT)")
mkdir -p "$media_root"

echo "== back up: pg_dump (custom format) and the media archive"
pg_dump --format=custom --no-owner --no-privileges --file="${work}/newsdigest.dump" "$DATABASE_URL"
tar -C "$media_root" -czf "${work}/media.tar.gz" .
printf 'database dump %s bytes, media archive %s bytes\n' \
  "$(stat -c %s "${work}/newsdigest.dump")" "$(stat -c %s "${work}/media.tar.gz")"

echo "== restore into a fresh database ${restore_db} and a fresh media folder"
psql_at "$maintenance_url" "CREATE DATABASE ${restore_db}" >/dev/null
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$restore_url" "${work}/newsdigest.dump"
mkdir -p "${work}/media-restored"
tar -C "${work}/media-restored" -xzf "${work}/media.tar.gz"

# Exact row counts of every table, in one query per database.
count_sql="SELECT table_name || ' ' || (xpath('/row/c/text()', query_to_xml(
  format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
  FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
sequence_sql="SELECT sequencename || ' ' || coalesce(last_value, 0) FROM pg_sequences
  WHERE schemaname = 'public' ORDER BY sequencename"

psql_at "$DATABASE_URL" "$count_sql" >"${work}/rows-source"
psql_at "$restore_url" "$count_sql" >"${work}/rows-restored"
psql_at "$DATABASE_URL" "$sequence_sql" >"${work}/sequences-source"
psql_at "$restore_url" "$sequence_sql" >"${work}/sequences-restored"
(cd "$media_root" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) >"${work}/media-source"
(cd "${work}/media-restored" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) \
  >"${work}/media-restored.sums"

echo "== compare"
printf '%-40s %10s %10s\n' "table" "source" "restored"
join -a1 -a2 -e missing -o 0,1.2,2.2 "${work}/rows-source" "${work}/rows-restored" |
  while read -r table source restored; do
    mark=""
    [[ "$source" == "$restored" ]] || mark="  <-- differs"
    printf '%-40s %10s %10s%s\n' "$table" "$source" "$restored" "$mark"
  done

failed=0
tables=$(wc -l <"${work}/rows-source")
rows=$(awk '{ s += $2 } END { print s + 0 }' "${work}/rows-source")
if cmp -s "${work}/rows-source" "${work}/rows-restored"; then
  echo "row counts: ${tables} tables, ${rows} rows, all equal"
else
  echo "row counts: DIFFER"
  failed=1
fi
if cmp -s "${work}/sequences-source" "${work}/sequences-restored"; then
  echo "sequences: $(wc -l <"${work}/sequences-source") equal"
else
  echo "sequences: DIFFER"
  diff "${work}/sequences-source" "${work}/sequences-restored" || true
  failed=1
fi
if cmp -s "${work}/media-source" "${work}/media-restored.sums"; then
  echo "media: $(wc -l <"${work}/media-source") files, checksums equal"
else
  echo "media: DIFFER"
  diff "${work}/media-source" "${work}/media-restored.sums" || true
  failed=1
fi
if [[ "$rows" -eq 0 ]]; then
  echo "the source database is empty: nothing was proven"
  failed=1
fi

if [[ "$failed" -ne 0 ]]; then
  echo "backup check FAILED"
  exit 1
fi
echo "backup check passed"

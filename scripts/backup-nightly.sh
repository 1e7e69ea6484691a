#!/usr/bin/env bash
# Nightly backup of QuyHoach (run by the systemd timer of docs/operations-backup.md, or by hand):
#   1. a dump of the database (./qh backup), encrypted when QUYHOACH_BACKUP_PASSPHRASE_FILE names a passphrase file;
#   2. a base backup of the private cluster (./qh backup --base), the starting point of a point-in-time restore;
#   3. both JSON results appended to backups.jsonl (sha256 and audit head of every backup: copy it off the machine);
#   4. dumps and base backups older than QUYHOACH_BACKUP_KEEP_DAYS days removed, and archived WAL older than the
#      oldest base backup still kept (pg_archivecleanup).
# QUYHOACH_DATA: the app's data folder (default: .data of the checkout); QUYHOACH_BACKUP_DIR: where backups go
# (default /var/backups/quyhoach). Exit code non-zero on any failure (systemd then marks the run failed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${QUYHOACH_BACKUP_DIR:-/var/backups/quyhoach}"
keep="${QUYHOACH_BACKUP_KEEP_DAYS:-14}"
stamp="$(date +%Y-%m-%d-%H%M%S)"
umask 077
mkdir -p "$dest"

encrypt=()
dump="$dest/quyhoach-$stamp.dump"
if [ -n "${QUYHOACH_BACKUP_PASSPHRASE_FILE:-}" ]; then
    encrypt=(--passphrase-file "$QUYHOACH_BACKUP_PASSPHRASE_FILE")
    dump="$dump.enc"
fi
"$root/qh" backup --out "$dump" "${encrypt[@]}" >>"$dest/backups.jsonl"
"$root/qh" backup --base --out "$dest/base-$stamp" >>"$dest/backups.jsonl"

find "$dest" -maxdepth 1 -type f -name 'quyhoach-*.dump*' -mtime +"$keep" -delete
find "$dest" -maxdepth 1 -type d -name 'base-*' -mtime +"$keep" -exec rm -rf {} +

# The oldest base backup kept needs the archive from its first WAL segment on; older segments go.
oldest="$(find "$dest" -maxdepth 1 -type d -name 'base-*' | sort | head -n 1)"
if [ -n "$oldest" ] && [ -f "$oldest/data/backup_label" ]; then
    segment="$(sed -n 's/^START WAL LOCATION: .*(file \([0-9A-F]\{24\}\)).*/\1/p' "$oldest/data/backup_label")"
    archive="$(sed -n 's/.*"walArchive":"\([^"]*\)".*/\1/p' "$oldest/base-backup.json")"
    pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [ -n "$segment" ] && [ -d "$archive" ]; then
        "$pgbin/pg_archivecleanup" -x .gz "$archive" "$segment"
    fi
fi

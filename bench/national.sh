#!/usr/bin/env bash
# National benchmarks (issue 16): a synthetic national registry (qh generate) on a PostgreSQL kept between runs and
# the published app, then
#   (a) cadre search, USERS users with a 0.5–1.5 s think time (1 s on average), p95 server-side (the app's own request
#       durations), and the SQL the app ran for each search replayed through Npgsql by as many users: the ratio;
#   (b) screening every cadre for the titles of its source groups (Domain EligibilityPolicy; facts read in bulk);
#   (c) an import of IMPORT_ROWS rows through POST /api/v1/imports against a binary COPY of the same rows;
#   (d) the app's resident memory (VmRSS, highest sample) during (a), (c) and (e);
#   (e) the reports at national scope (a province-wide account with the 34 generated provinces under it), each
#       requested a few times: the figures (API), the pages, and PostgreSQL's own time for the statements they ran.
# Prints the hardware, the load and every figure, and writes bench/results/national-<date>.json.
# Generating a million cadres takes a while: the cluster lives in QH_BENCH_DIR (default .build/national-pg) and is
# reused, with its generated data, by the next run (delete the folder to start afresh). Point QH_BENCH_DIR at a folder
# outside the checkout to keep the registry across worktrees and sessions. To generate only (no phase), set
# QH_BENCH_PHASES=none: an empty value means the default phases.
# Usage: bench/national.sh [cadres=1000000] [users=100] [seconds=60] [import-rows=100000]
#        QH_BENCH_SKIP_BUILD=1 reuses the published app; QH_BENCH_PHASES="search screening import reports" chooses;
#        QH_BENCH_PORT (default 5098) moves the app off a port another bench on the machine uses.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_dotnet
qh_ensure_packages postgresql wrk curl bc jq
# The charts' and PDF's font (as ./run installs it): without it every report page answers 500.
qh_ensure_pdf_font
cadres="${1:-1000000}"; users="${2:-100}"; seconds="${3:-60}"; rows="${4:-100000}"; port="${QH_BENCH_PORT:-5098}"; seed=2026
phases="${QH_BENCH_PHASES:-search screening import reports}"
has() { [[ " $phases " == *" $1 "* ]]; }

echo "== Máy đo" >&2
lscpu | grep -E "Model name|^CPU\(s\)|Thread|MHz" >&2 || true
free -m | head -2 >&2
echo "Tải (loadavg) lúc bắt đầu: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

source bench/national-cluster.sh
bench_start_cluster "${QH_BENCH_DIR:-$root/.build/national-pg}"
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=150"
sql() { psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "$1"; }
app_pid=""; rss_pid=""
cleanup() { [ -n "$rss_pid" ] && kill "$rss_pid" 2>/dev/null; [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ "${QH_BENCH_SKIP_BUILD:-0}" != 1 ]; then
    dotnet publish src/QuyHoach.Web/QuyHoach.Web.csproj -c Release -o "$root/.build/bench-web" --nologo -v quiet >&2
    dotnet build bench/QuyHoach.Load -c Release -o "$root/.build/bench-load" --nologo -v quiet >&2
fi
load() { dotnet "$root/.build/bench-load/QuyHoach.Load.dll" "$@"; }
applog="$QH_PG_DIR/app.log"
# Reading ahead off, on only for the reports read ahead (bench/national-reports.sh starts the app again).
bench_start_app 0

if [ "$(sql "SELECT count(*) FROM organisations WHERE code = 'G$seed-P01'")" = 0 ]; then
    qh_log "Tạo $cadres cán bộ (qh generate, hạt giống $seed)…"
    generated="$(./qh generate --cadres "$cadres" --seed "$seed" --connection "$connection")"
    echo "$generated" >"$QH_PG_DIR/generated.json"
    # A national user: the demo province's organisation staff, with the 34 generated provinces placed under their unit.
    sql "UPDATE organisations SET parent_id = (SELECT organisation_id FROM users WHERE user_name = 'bantochuc') WHERE kind = 'Province' AND code LIKE 'G$seed-P__'" >/dev/null
    # A settled database, as autovacuum leaves it shortly after a bulk load.
    sql "VACUUM (ANALYZE)" >/dev/null
fi
bench_compact
generated="$(cat "$QH_PG_DIR/generated.json" 2>/dev/null || echo null)"
echo "Dữ liệu: $generated; cán bộ trong cơ sở dữ liệu: $(sql "SELECT count(*) FROM cadres")" >&2

# Sign-in as a browser does: the form's hidden fields (antiforgery token and handler) with the account's fields.
jar="$QH_PG_DIR/cookies"; rm -f "$jar"
page="$(curl -s -c "$jar" "http://127.0.0.1:$port/dang-nhap")"
fields=()
while read -r name value; do fields+=(--data-urlencode "$name=$value"); done < <(
    grep -o '<input type="hidden"[^>]*>' <<<"$page" | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1 \2/p')
curl -s -b "$jar" -c "$jar" -o /dev/null "${fields[@]}" --data-urlencode "Input.UserName=bantochuc" \
    --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
[ -n "$cookie" ] || qh_die "Không đăng nhập được để đo tải."
total="$(curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$port/api/v1/cadres?q=nguyen" | jq -c '{total, totalIsLowerBound}')"
echo "Tìm thử (nguyen): $total" >&2

# (d) resident memory, sampled every second from here on (and again after a start: bench/national-reports.sh).
: >"$QH_PG_DIR/rss.txt"
sample_rss() {
    ( while kill -0 "$dotnet_pid" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$dotnet_pid/status"; sleep 1; done >>"$QH_PG_DIR/rss.txt" ) &
    rss_pid=$!
}
sample_rss

search=null; screening=null; import=null; reports=null
has search && source bench/national-search.sh
has screening && { qh_log "Xét điều kiện toàn bộ cán bộ…"; screening="$(load national-screen --connection "$connection")"; echo "(b) $screening" >&2; }
has import && source bench/national-import.sh
has reports && source bench/national-reports.sh

kill "$rss_pid" 2>/dev/null || true; rss_pid=""
rss_top="$(sort -n "$QH_PG_DIR/rss.txt" | tail -n 1)"
rss_mb=$(( ${rss_top:-0} / 1024 ))
echo "(d) bộ nhớ thường trú cao nhất: $rss_mb MB" >&2

mkdir -p bench/results
# A figure taken with the machine busy (load average above 2) is labelled so in its name.
loaded=""; awk '{ exit !($1 > 2) }' /proc/loadavg && loaded="-loaded"
out="bench/results/national-$(date +%F-%H%M)$loaded.json"
jq -n --arg date "$(date +%F)" --argjson cadres "$(sql "SELECT count(*) FROM cadres")" --argjson users "$users" --argjson seconds "$seconds" \
    --argjson cores "$(nproc)" --arg cpu "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
    --argjson generated "$generated" --argjson search "$search" --argjson screening "$screening" --argjson imported "$import" \
    --argjson reports "$reports" --argjson rss "$rss_mb" \
    '{date: $date, cadres: $cadres, users: $users, seconds: $seconds, cores: $cores, cpu: $cpu, loadAtEnd: $load,
      note: "loadAtEnd is the load average at the end; a file named -loaded had it above 2", generate: $generated, search: $search,
      screening: $screening, import: $imported, reports: $reports, rssMaxMb: $rss, targetRssMb: 1024}' | tee "$out"

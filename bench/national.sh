#!/usr/bin/env bash
# National benchmarks (issue 16): a synthetic national registry (qh generate) on a throwaway PostgreSQL and the
# published app, then
#   (a) cadre search, USERS users with a 0.5–1.5 s think time (1 s on average), p95 server-side (the app's own request
#       durations), and the SQL the app ran for each search replayed through Npgsql by as many users: the ratio;
#   (b) screening every cadre for the titles of its source groups (Domain EligibilityPolicy; facts read in bulk);
#   (c) an import of IMPORT_ROWS rows through POST /api/v1/imports against a binary COPY of the same rows;
#   (d) the app's resident memory (VmRSS, highest sample) during (a) and (c).
# Prints the hardware, the load and every figure, and writes bench/results/national-<date>.json.
# Usage: bench/national.sh [cadres=1000000] [users=100] [seconds=60] [import-rows=100000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_dotnet
qh_ensure_packages postgresql wrk curl bc
cadres="${1:-1000000}"; users="${2:-100}"; seconds="${3:-60}"; rows="${4:-100000}"; port=5098; seed=2026

echo "== Máy đo" >&2
lscpu | grep -E "Model name|^CPU\(s\)|Thread|MHz" >&2 || true
free -m | head -2 >&2
echo "Tải (loadavg) lúc bắt đầu: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

qh_start_throwaway_pg
app_pid=""; rss_pid=""
cleanup() { [ -n "$rss_pid" ] && kill "$rss_pid" 2>/dev/null; [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; qh_stop_throwaway_pg; }
trap cleanup EXIT
psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qc "CREATE DATABASE bench" >/dev/null
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=150"

dotnet publish src/QuyHoach.Web/QuyHoach.Web.csproj -c Release -o "$root/.build/bench-web" --nologo -v quiet >&2
dotnet build bench/QuyHoach.Load -c Release -o "$root/.build/bench-load" --nologo -v quiet >&2
load() { dotnet "$root/.build/bench-load/QuyHoach.Load.dll" "$@"; }
(cd "$root/.build/bench-web" && exec env ConnectionStrings__QuyHoach="$connection" QUYHOACH_PORT=$port QUYHOACH_DATA="$QH_PG_DIR/app" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information \
    dotnet QuyHoach.Web.dll >"$QH_PG_DIR/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
# The dotnet process itself (the subshell execs env, which execs dotnet).
dotnet_pid="$(pgrep -P "$app_pid" -f QuyHoach.Web.dll || echo "$app_pid")"

qh_log "Tạo $cadres cán bộ (qh generate, hạt giống $seed)…"
generated="$(./qh generate --cadres "$cadres" --seed "$seed" --connection "$connection")"
echo "$generated" >&2
# A national user: the demo province's organisation staff, with the 34 generated provinces placed under their unit.
psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qc "UPDATE organisations SET parent_id = (SELECT organisation_id FROM users WHERE user_name = 'bantochuc') WHERE kind = 'Province' AND code LIKE 'G$seed-P__'" >/dev/null
# A settled database, as autovacuum leaves it shortly after a bulk load (VACUUM cannot share psql's transaction).
psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qc "VACUUM (ANALYZE)" >/dev/null

jar="$QH_PG_DIR/cookies"
page="$(curl -s -c "$jar" "http://127.0.0.1:$port/dang-nhap")"
token="$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -n 1)"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=dang-nhap" \
    --data-urlencode "Input.UserName=bantochuc" --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
[ -n "$cookie" ] || qh_die "Không đăng nhập được để đo tải."
visible="$(curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$port/api/v1/cadres?q=nguyen" | head -c 300)"
echo "Tìm thử: $visible" >&2

# (d) resident memory, sampled every second from here on.
( while kill -0 "$dotnet_pid" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$dotnet_pid/status"; sleep 1; done >"$QH_PG_DIR/rss.txt" ) &
rss_pid=$!

# (a) search: warm-up, then USERS users for SECONDS, measured by wrk and by the app.
QH_COOKIE="$cookie" QH_THINK_MS=0 wrk -t2 -c4 -d10s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
before="$(wc -l <"$QH_PG_DIR/app.log")"
qh_log "Đo tìm kiếm: $users người dùng, nghỉ 0,5–1,5 giây, $seconds giây"
client="$(QH_COOKIE="$cookie" QH_THINK_MS=1000 QH_THINK_FIXED=0 wrk -t2 -c"$users" -d"${seconds}s" --timeout 10s -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1)"
sleep 1
server="$(load server-latency --log "$QH_PG_DIR/app.log" --skip "$before" --path /api/v1/cadres)"
# The same searches' SQL through Npgsql: capture it from the statement log, then replay it at the same concurrency.
psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qc "ALTER SYSTEM SET log_min_duration_statement = 0; SELECT pg_reload_conf();" >/dev/null
sleep 1
sql="$(load sql-load "$connection" "$QH_PG_DIR/postgres.log" "http://127.0.0.1:$port" "$cookie" "$users" "$seconds" 1000 2>"$QH_PG_DIR/sql-load.err" || echo '{"error":"see sql-load.err"}')"
psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qc "ALTER SYSTEM RESET log_min_duration_statement; SELECT pg_reload_conf();" >/dev/null
echo "(a) app: $server  wrk: $client  sql: $sql" >&2

# (b) screening.
qh_log "Xét điều kiện toàn bộ cán bộ…"
screening="$(load national-screen --connection "$connection")"
echo "(b) $screening" >&2

# (c) import through the app against COPY of the same rows.
qh_log "Nhập $rows dòng qua API và COPY cùng các dòng đó…"
(cd "$root" && dotnet run --project bench/QuyHoach.Load -c Release -- import-file --count "$rows" --out "$QH_PG_DIR/import.xlsx" >&2)
copy="$(load copy-rows --connection "$connection" --count "$rows")"
af="$(curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$port/api/v1/antiforgery")"
aftoken="$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$af")"
start=$(date +%s.%N)
imported="$(curl -s --max-time 3600 -b "$jar" -H "RequestVerificationToken: $aftoken" -F "file=@$QH_PG_DIR/import.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "http://127.0.0.1:$port/api/v1/imports" | head -c 2000)"
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "(c) app: ${import_seconds}s $imported  copy: $copy" >&2

kill "$rss_pid" 2>/dev/null || true; rss_pid=""
rss_mb=$(( $(sort -n "$QH_PG_DIR/rss.txt" | tail -n 1) / 1024 ))
echo "(d) bộ nhớ thường trú cao nhất: $rss_mb MB" >&2

mkdir -p bench/results
out="bench/results/national-$(date +%F).json"
[ -e "$out" ] && out="bench/results/national-$(date +%F-%H%M).json"
printf '{"date":"%s","cadres":%s,"users":%s,"seconds":%s,"cores":%s,"cpu":"%s","loadAtEnd":"%s","generate":%s,"search":{"client":%s,"server":%s,"sql":%s,"targetP95Ms":50,"targetRatio":2},"screening":%s,"import":{"rows":%s,"appSeconds":%.2f,"copy":%s,"targetSeconds":60,"targetRatio":4,"summary":%s},"rssMaxMb":%s,"targetRssMb":1024}\n' \
    "$(date +%F)" "$cadres" "$users" "$seconds" "$(nproc)" "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$generated" "$client" "$server" "$sql" "$screening" "$rows" "$import_seconds" "$copy" "$(jq -c . <<<"$imported" 2>/dev/null || echo null)" "$rss_mb" | tee "$out"

#!/usr/bin/env bash
# Cadre search under load: 100,000 cadres, 20 signed-in users searching against the published app on a throwaway
# PostgreSQL; target p95 under 50 ms server-side (registry issue), read from the app's own request durations. Also
# the same users in lockstep and 20 connections back-to-back, and a 20,000-row import (target under 30 s).
# Writes bench/results/search-<date>.json and import-<date>.json (with the time added when the day has one already).
# Usage: bench/search-load.sh [count] [seconds] [path]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_dotnet
qh_ensure_packages postgresql wrk curl bc
# The charts' and PDF's font (as ./run installs it): without it every report page answers 500.
qh_ensure_pdf_font
count="${1:-100000}"; seconds="${2:-30}"; path="${3:-/api/v1/cadres}"; port=5097

qh_start_throwaway_pg
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; qh_stop_throwaway_pg; }
trap cleanup EXIT
psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qc "CREATE DATABASE bench" >/dev/null
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=60"

dotnet publish src/QuyHoach.Web/QuyHoach.Web.csproj -c Release -o "$root/.build/bench-web" --nologo -v quiet >&2
# The hosting log at Information writes each request's duration (the server-side latency) to stdout as JSON lines
# (QUYHOACH_LOG=console; by default the app logs to files under its data folder); its name has dots, hence env.
(cd "$root/.build/bench-web" && exec env QUYHOACH_LOG=console ConnectionStrings__QuyHoach="$connection" QUYHOACH_PORT=$port QUYHOACH_DATA="$QH_PG_DIR/app" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information \
    dotnet QuyHoach.Web.dll >"$QH_PG_DIR/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done

qh_log "Tạo $count cán bộ…"
dotnet run --project bench/QuyHoach.Load -c Release -- seed-cadres --connection "$connection" --count "$count" >&2

# Sign in as the demo staff user through the real form.
jar="$QH_PG_DIR/cookies"
page="$(curl -s -c "$jar" "http://127.0.0.1:$port/dang-nhap")"
token="$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)"
[ -n "$token" ] || token="$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -n 1)"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=dang-nhap" \
    --data-urlencode "Input.UserName=chuyenvien" --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
[ -n "$cookie" ] || qh_die "Không đăng nhập được để đo tải."

curl -sf -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path?q=nguyen" || qh_die "$path không trả 200"
# Warm-up (JIT, PostgreSQL caches), not measured.
QH_COOKIE="$cookie" QH_SEARCH_PATH="$path" QH_THINK_MS=0 wrk -t2 -c4 -d10s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
# bench/results/NAME-DATE.json, or NAME-DATE-HHMM.json when that day already has one: earlier runs stay on record.
result_file() {
    local file="bench/results/$1-$(date +%F).json"
    [ -e "$file" ] && file="bench/results/$1-$(date +%F-%H%M).json"
    echo "$file"
}
# Each phase is measured twice: by wrk (the client's view) and by the app itself (ASP.NET Core's request durations in
# its log, the "server-side" figure of the target), read from the log lines the phase added.
phase() { # name think-ms fixed seconds
    local before; before="$(wc -l <"$QH_PG_DIR/app.log")"
    local client; client="$(QH_COOKIE="$cookie" QH_SEARCH_PATH="$path" QH_THINK_MS="$2" QH_THINK_FIXED="$3" \
        wrk -t2 -c20 -d"$4s" -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1)"
    sleep 1
    local server; server="$(dotnet "$root/.build/bench-load/QuyHoach.Load.dll" server-latency --log "$QH_PG_DIR/app.log" --skip "$before" --path "$path")"
    printf '"%s":{"client":%s,"server":%s}' "$1" "$client" "$server"
}
dotnet build bench/QuyHoach.Load -c Release -o "$root/.build/bench-load" --nologo -v quiet >&2
# 20 people searching, each reading the results for 0.5–1.5 s (1 s on average) before the next search: the target.
qh_log "Đo tải: 20 người dùng, nghỉ 0,5–1,5 giây giữa hai lần tìm, ${users_seconds:=60} giây, $path"
users="$(phase users20Think1s 1000 0 "$users_seconds")"
# The same 20 users in lockstep (all search at the same instant every second), then 20 connections back-to-back.
qh_log "Đo tải: 20 người dùng cùng lúc mỗi giây, $seconds giây"
lockstep="$(phase users20Lockstep1s 1000 1 "$seconds")"
qh_log "Đo tải: 20 kết nối liên tục, $seconds giây"
saturated="$(phase saturated20 0 0 "$seconds")"
mkdir -p bench/results
out="$(result_file search)"
printf '{"date":"%s","cadres":%s,"concurrency":20,"path":"%s","cores":%s,%s,%s,%s,"targetP95Ms":50,"target":"users20Think1s.server.p95Ms"}\n' \
    "$(date +%F)" "$count" "$path" "$(nproc)" "$users" "$lockstep" "$saturated" | tee "$out"

# A 20,000-row import through the API (validation and all-or-nothing apply in one call); target under 30 s.
rows="${IMPORT_ROWS:-20000}"
qh_log "Nhập $rows dòng qua API…"
dotnet run --project bench/QuyHoach.Load -c Release -- import-file --count "$rows" --out "$QH_PG_DIR/import.xlsx" >&2
af="$(curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$port/api/v1/antiforgery")"
aftoken="$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$af")"
start=$(date +%s.%N)
result="$(curl -s -b "$jar" -H "RequestVerificationToken: $aftoken" -F "file=@$QH_PG_DIR/import.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "http://127.0.0.1:$port/api/v1/imports")"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
out="$(result_file import)"
printf '{"date":"%s","rows":%s,"cadresAlready":%s,"cores":%s,"seconds":%.2f,"targetSeconds":30,"summary":%s}\n' \
    "$(date +%F)" "$rows" "$count" "$(nproc)" "$seconds" "$result" | tee "$out"

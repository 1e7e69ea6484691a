#!/usr/bin/env bash
# Cadre search under load: 100,000 cadres, 20 concurrent signed-in users for 30 s against the published app on a
# throwaway PostgreSQL; target p95 under 50 ms (registry issue). Writes bench/results/search-<date>.json.
# Usage: bench/search-load.sh [count] [seconds] [path]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_dotnet
qh_ensure_packages postgresql wrk curl bc
count="${1:-100000}"; seconds="${2:-30}"; path="${3:-/api/v1/cadres}"; port=5097

qh_start_throwaway_pg
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; qh_stop_throwaway_pg; }
trap cleanup EXIT
psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qc "CREATE DATABASE bench" >/dev/null
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=60"

dotnet publish src/QuyHoach.Web/QuyHoach.Web.csproj -c Release -o "$root/.build/bench-web" --nologo -v quiet >&2
(cd "$root/.build/bench-web" && ConnectionStrings__QuyHoach="$connection" QUYHOACH_PORT=$port QUYHOACH_DATA="$QH_PG_DIR/app" \
    Logging__LogLevel__Default=Warning exec dotnet QuyHoach.Web.dll >"$QH_PG_DIR/app.log" 2>&1) &
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
    --data-urlencode "Input.UserName=chuyenvien" --data-urlencode "Input.Password=QuyHoach@2026" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
[ -n "$cookie" ] || qh_die "Không đăng nhập được để đo tải."

curl -sf -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path?q=nguyen" || qh_die "$path không trả 200"
# Warm-up (JIT, PostgreSQL caches), not measured.
QH_COOKIE="$cookie" QH_SEARCH_PATH="$path" QH_THINK_MS=0 wrk -t2 -c4 -d10s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
# 20 users who each pause 1 s between searches (people reading results), then 20 connections back-to-back.
qh_log "Đo tải: 20 người dùng, nghỉ 1 giây giữa hai lần tìm, $seconds giây, $path"
users="$(QH_COOKIE="$cookie" QH_SEARCH_PATH="$path" QH_THINK_MS=1000 wrk -t2 -c20 -d"${seconds}s" -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1)"
qh_log "Đo tải: 20 kết nối liên tục, $seconds giây"
saturated="$(QH_COOKIE="$cookie" QH_SEARCH_PATH="$path" QH_THINK_MS=0 wrk -t2 -c20 -d"${seconds}s" -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1)"
mkdir -p bench/results
out="bench/results/search-$(date +%F).json"
printf '{"date":"%s","cadres":%s,"concurrency":20,"path":"%s","cores":%s,"users20Think1s":%s,"saturated20":%s,"targetP95Ms":50}\n' \
    "$(date +%F)" "$count" "$path" "$(nproc)" "$users" "$saturated" | tee "$out"

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
out="bench/results/import-$(date +%F).json"
printf '{"date":"%s","rows":%s,"cadresAlready":%s,"cores":%s,"seconds":%.2f,"targetSeconds":30,"summary":%s}\n' \
    "$(date +%F)" "$rows" "$count" "$(nproc)" "$seconds" "$result" | tee "$out"

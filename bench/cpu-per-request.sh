#!/usr/bin/env bash
# CPU per request of one or more paths on the kept province-size cluster of bench/reports.sh: a published app is
# started on it, signed in as bantochuc, each path requested WARM times (default 150: past the JIT's tiered
# recompilation) and then N times one at a time; prints the wall time per request, the app's CPU per request and
# PostgreSQL's (every process of the cluster, from /proc), and the client-side p50. Compare two builds back to back.
# Usage: QH_BENCH_DIR=/work/bench-reports-pg bench/cpu-per-request.sh PUBLISH_DIR N PATH...
#        WARM=150; PERF_OUT=file records a perf profile of the app during the timed requests (with
#        EXTRA_ENV="DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0" for the JIT's method names).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pub="$1"; n="$2"; shift 2; port="${QH_BENCH_PORT:-5098}"
dir="${QH_BENCH_DIR:-$root/.build/reports-pg}"; sock="$dir/run"
[ -S "$sock/.s.PGSQL.5432" ] || { echo "Cụm PostgreSQL của bench/reports.sh chưa chạy ở $dir." >&2; exit 1; }
(cd "$pub" && exec env ConnectionStrings__QuyHoach="Host=$sock;Username=quyhoach;Database=bench;Maximum Pool Size=50" QUYHOACH_PORT=$port \
  QUYHOACH_DATA="$dir/app-cpu" QuyHoach__DemoRoundInProgress=false Logging__LogLevel__Default=Warning ${EXTRA_ENV:-} dotnet QuyHoach.Web.dll >"$dir/app-cpu.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
jar="$dir/cookies-cpu"; page="$(curl -s -c "$jar" "http://127.0.0.1:$port/dang-nhap")"; fields=()
while read -r name value; do fields+=(--data-urlencode "$name=$value"); done < <(grep -o '<input type="hidden"[^>]*>' <<<"$page" | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1 \2/p')
curl -s -b "$jar" -c "$jar" -o /dev/null "${fields[@]}" --data-urlencode "Input.UserName=bantochuc" --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
pid=$(pgrep -f "QuyHoach.Web.dll" -n)
tick=$(getconf CLK_TCK)
cpu_of() { awk '{print $14+$15}' "/proc/$1/stat"; }
pg_cpu() { local s=0; for p in $(pgrep -u postgres postgres); do s=$((s + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$s"; }
for path in "$@"; do
  for _ in $(seq 1 "${WARM:-150}"); do curl -s -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path"; done
  if [ -n "${PERF_OUT:-}" ]; then perf record -F 999 -g -p "$pid" -o "$PERF_OUT" >/dev/null 2>&1 & perfpid=$!; sleep 1; fi
  a0=$(cpu_of "$pid"); p0=$(pg_cpu); t0=$(date +%s%N)
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "http://127.0.0.1:$port$path"; done >"$dir/cpu-times.txt"
  t1=$(date +%s%N); a1=$(cpu_of "$pid"); p1=$(pg_cpu)
  if [ -n "${PERF_OUT:-}" ]; then kill -INT "$perfpid"; wait "$perfpid" 2>/dev/null || true; fi
  echo "$path: wall/req $(( (t1 - t0) / 1000000 / n )) ms, app CPU/req $(( (a1 - a0) * 1000 / tick / n )) ms, PostgreSQL CPU/req $(( (p1 - p0) * 1000 / tick / n )) ms, client p50 $(sort -n "$dir/cpu-times.txt" | awk '{v[NR]=$1} END {print v[int(NR/2)+1]}') s, load $(cut -d' ' -f1 /proc/loadavg)"
done

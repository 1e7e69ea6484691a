#!/usr/bin/env bash
# Reports A/B under the same load: two published builds of the app (A = a copy of main's publish, B = this branch's)
# run side by side on the kept province-size cluster of bench/reports.sh, and each path is asked of A and of B in turn
# (the order alternating every round), ROUNDS times after two warm-ups each, so that both see the same load on a shared
# machine. Prints, per path, A's and B's p50/p95 of the client-side time (curl's time_total on the same host) and the
# load average, and writes bench/results/reports-ab-<date>-<time>.json.
# Usage: QH_BENCH_DIR=/work/bench-reports-pg bench/reports-ab.sh A-publish-dir B-publish-dir [rounds=10]
#        (the cluster must hold the generated data: run bench/reports.sh once first). QH_BENCH_PATHS as reports.sh's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_pdf_font # the charts' font, as ./run installs it
a_dir="$1"; b_dir="$2"; rounds="${3:-10}"
source bench/national-cluster.sh
bench_start_cluster "${QH_BENCH_DIR:-$root/.build/reports-pg}"
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=50"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
start() { # dir port
    (cd "$1" && exec env ConnectionStrings__QuyHoach="$connection" QUYHOACH_PORT=$2 QUYHOACH_DATA="$QH_PG_DIR/app-$2" \
        QuyHoach__DemoRoundInProgress=false Logging__LogLevel__Default=Warning dotnet QuyHoach.Web.dll >"$QH_PG_DIR/app-$2.log" 2>&1) &
    pids+=($!)
}
start "$a_dir" 5301; start "$b_dir" 5302
for port in 5301 5302; do
    for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
done
signin() { # port -> cookie
    local jar="$QH_PG_DIR/cookies-$1" page fields=()
    rm -f "$jar"; page="$(curl -s -c "$jar" "http://127.0.0.1:$1/dang-nhap")"
    while read -r name value; do fields+=(--data-urlencode "$name=$value"); done < <(
        grep -o '<input type="hidden"[^>]*>' <<<"$page" | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1 \2/p')
    curl -s -b "$jar" -c "$jar" -o /dev/null "${fields[@]}" --data-urlencode "Input.UserName=bantochuc" \
        --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$1/dang-nhap"
    awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar"
}
cookie_a="$(signin 5301)"; cookie_b="$(signin 5302)"
[ -n "$cookie_a" ] && [ -n "$cookie_b" ] || qh_die "Không đăng nhập được."
ask() { curl -s --max-time 120 -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $2" "http://127.0.0.1:$1$3"; }
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; printf "%.0f", v[i] * 1000 }'; }
paths="${QH_BENCH_PATHS:-/api/v1/reports/bao-phu /api/v1/reports/nghi-huu /api/v1/reports/co-cau /api/v1/reports/tien-do /api/v1/reports/chat-luong /bao-cao/bao-phu /bao-cao/nghi-huu /bao-cao/co-cau /bao-cao/tien-do /bao-cao/chat-luong /}"
results="[]"
for path in $paths; do
    for _ in 1 2; do ask 5301 "$cookie_a" "$path" >/dev/null; ask 5302 "$cookie_b" "$path" >/dev/null; done
    : >"$QH_PG_DIR/ab-a.txt"; : >"$QH_PG_DIR/ab-b.txt"; loads=""
    for i in $(seq 1 "$rounds"); do
        if [ $((i % 2)) = 1 ]; then order="a b"; else order="b a"; fi
        for side in $order; do
            if [ "$side" = a ]; then r="$(ask 5301 "$cookie_a" "$path")"; else r="$(ask 5302 "$cookie_b" "$path")"; fi
            [ "${r%% *}" = 200 ] || qh_die "$side $path: ${r%% *}"
            echo "${r#* }" >>"$QH_PG_DIR/ab-$side.txt"
        done
        loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
    done
    a50="$(pct 50 <"$QH_PG_DIR/ab-a.txt")"; a95="$(pct 95 <"$QH_PG_DIR/ab-a.txt")"
    b50="$(pct 50 <"$QH_PG_DIR/ab-b.txt")"; b95="$(pct 95 <"$QH_PG_DIR/ab-b.txt")"
    echo "$path: A p50 $a50 ms p95 $a95 ms; B p50 $b50 ms p95 $b95 ms (tải:$loads)" >&2
    results="$(jq -c --arg path "$path" --argjson a50 "$a50" --argjson a95 "$a95" --argjson b50 "$b50" --argjson b95 "$b95" --arg loads "$loads" \
        '. + [{path: $path, aP50Ms: $a50, aP95Ms: $a95, bP50Ms: $b50, bP95Ms: $b95, loadAverages: $loads}]' <<<"$results")"
done
mkdir -p bench/results
out="bench/results/reports-ab-$(date +%F-%H%M).json"
jq -n --arg date "$(date +%F)" --arg a "$a_dir" --arg b "$b_dir" --argjson rounds "$rounds" --argjson cores "$(nproc)" \
    --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --arg commit "$(git rev-parse --short HEAD)" --argjson results "$results" \
    '{date: $date, commit: $commit, a: $a, b: $b, roundsPerPath: $rounds, cores: $cores, loadAtEnd: $load,
      note: "A and B asked in turn, one request at a time; client-side time_total on the same host", results: $results}' | tee "$out"

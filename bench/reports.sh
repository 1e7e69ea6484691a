#!/usr/bin/env bash
# Province-sized reports benchmark (issue 14): a registry of CADRES generated cadres (qh generate), shaped by
# bench/reports-shape.sql into about 2,000 leadership titles across units with five years of rounds and plans, on a
# PostgreSQL kept between runs; the published app; one account whose scope holds every generated cadre. Each report
# (its figures through the API and its page) and the home page is requested REQUESTS times after two warm-ups, one at a
# time; the app's own request durations give the server-side p50/p95 (QuyHoach.Load server-latency), and PostgreSQL's
# statement log gives the time its statements took per request (p50/p95 of the per-request sums; statements only,
# their parameters are not logged: logging 4,000-id arrays slowed every request). Every path is first requested
# QH_BENCH_WARMUP times (default 30) so that the figures are a running server's, not a starting one's. Targets: each
# report < 300 ms p95, the home page < 100 ms p95 (two cores). Prints the hardware and the load average, and writes
# bench/results/reports-<date>.json. Each path is timed after a change before every request (the report computed
# again) and with no change between requests (the kept report served, ReportCache); both figures are written.
# Usage: bench/reports.sh [cadres=100000] [requests=20]
#        QH_BENCH_DIR: the kept cluster (default .build/reports-pg; put it outside the repo to keep it across clones);
#        QH_BENCH_SKIP_BUILD=1 reuses the published app and load tool (.build/bench-web, .build/bench-load: publish the
#        branch first, or leave it unset); QH_BENCH_PORT (default 5097) when another app holds that port;
#        QH_BENCH_PATHS="/api/v1/reports/bao-phu /" to time only some paths. A run at a load average above the number of
#        cores is written as reports-<date>-<time>-loaded.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/common.sh
qh_ensure_dotnet
qh_ensure_packages postgresql curl bc jq
# The charts' and PDF's font (as ./run installs it): without it every report page answers 500.
qh_ensure_pdf_font
cadres="${1:-100000}"; requests="${2:-20}"; port="${QH_BENCH_PORT:-5097}"; seed=2026

echo "== Máy đo" >&2
lscpu | grep -E "Model name|^CPU\(s\)" >&2 || true
echo "Tải (loadavg) lúc bắt đầu: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

source bench/national-cluster.sh
bench_start_cluster "${QH_BENCH_DIR:-$root/.build/reports-pg}"
connection="Host=$QH_PG_SOCKET;Username=quyhoach;Database=bench;Maximum Pool Size=50"
sql() { psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "$1"; }
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ "${QH_BENCH_SKIP_BUILD:-0}" != 1 ]; then
    dotnet publish src/QuyHoach.Web/QuyHoach.Web.csproj -c Release -o "$root/.build/bench-web" --nologo -v quiet >&2
    dotnet build bench/QuyHoach.Load -c Release -o "$root/.build/bench-load" --nologo -v quiet >&2
fi
applog="$QH_PG_DIR/app.log"
# The cases timed right after a change run with reading ahead (ReportWarmer) off: its pass, started by each of the
# bench's changes (several a second, which no office makes), would run beside the timed request; the cases read ahead
# run with it on (a second start, below).
bench_start_app 0

if [ "$(sql "SELECT count(*) FROM organisations WHERE code = 'G$seed-P01'")" = 0 ]; then
    qh_log "Tạo $cadres cán bộ (qh generate, hạt giống $seed)…"
    ./qh generate --cadres "$cadres" --seed "$seed" --connection "$connection" >"$QH_PG_DIR/generated.json"
fi
if [ "$(sql "SELECT count(*) FROM planning_rounds WHERE reference_year = 2026 AND name LIKE 'Rà soát%'")" = 0 ]; then
    qh_log "Định hình dữ liệu: chức danh theo đơn vị, đợt và quy hoạch 5 năm (bench/reports-shape.sql)…"
    psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -q -1 -v ON_ERROR_STOP=1 -f bench/reports-shape.sql >/dev/null
    sql "VACUUM (ANALYZE)" >/dev/null
fi
bench_compact
shape="$(sql "SELECT json_build_object('cadres', (SELECT count(*) FROM cadres), 'leadershipTitles', (SELECT count(*) FROM titles WHERE kind = 'Leadership'),
    'units', (SELECT count(*) FROM organisations), 'rounds', (SELECT count(*) FROM planning_rounds), 'planEntries', (SELECT count(*) FROM plan_entries),
    'openPlanEntries', (SELECT count(*) FROM plan_entries WHERE ended_on IS NULL))")"
echo "Dữ liệu: $shape" >&2

# Sign-in as a browser does: the form's hidden fields with the account's fields.
jar="$QH_PG_DIR/cookies"; rm -f "$jar"
page="$(curl -s -c "$jar" "http://127.0.0.1:$port/dang-nhap")"
fields=()
while read -r name value; do fields+=(--data-urlencode "$name=$value"); done < <(
    grep -o '<input type="hidden"[^>]*>' <<<"$page" | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1 \2/p')
curl -s -b "$jar" -c "$jar" -o /dev/null "${fields[@]}" --data-urlencode "Input.UserName=bantochuc" \
    --data-urlencode "Input.Password=Demo@QuanLy2026!" "http://127.0.0.1:$port/dang-nhap"
cookie="$(awk '$6 == "qh.auth" { print "qh.auth=" $7 }' "$jar")"
[ -n "$cookie" ] || qh_die "Không đăng nhập được."

percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit } i = int((NR * p + 99) / 100); if (i < 1) i = 1; print v[i] }'; }
sql "ALTER SYSTEM SET log_min_duration_statement = 0" >/dev/null; sql "ALTER SYSTEM SET log_parameter_max_length = 0" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null
sleep 1
results="[]"
paths="${QH_BENCH_PATHS:-/api/v1/reports/bao-phu /api/v1/reports/nghi-huu /api/v1/reports/co-cau /api/v1/reports/tien-do /api/v1/reports/chat-luong /bao-cao/bao-phu /bao-cao/nghi-huu /bao-cao/co-cau /bao-cao/tien-do /bao-cao/chat-luong /}"
highest_load=0
# Warm-up: every path WARMUP times (default 30) before any is timed. A server runs for days; the first requests of a
# process also pay the JIT's tiered recompilation of the hot code, which ran beside the timed requests when each path
# had two warm-ups (on 04/12 a home page took 141 ms at p50 after 150 requests and 233 ms after 5, same build).
bench_warm_up "${QH_BENCH_WARMUP:-30}" $paths
# Each path is timed several ways: right after a change to the plan (a statement on `terms`, which changes nothing but is
# recorded by migration 0038's trigger: the report and the snapshot's plan part are read again, its incumbents and the
# quality facts are kept, ADR 0025), right after a change to the registry (one incumbent's assignment written: that
# cadre is read into the kept parts, ADR 0028; the cost of the first view after an appointment), right after an
# import-sized change (1,001 assignments in one statement, an import's batch: their cadres read into the kept parts,
# migration 0042), right after a change of more cadres than a patch reads (20,001 cadres in one statement: every
# incumbent read again with the titles kept, the plan read whole), right after a change to the titles and one
# assignment in one transaction (the cadre patched into both parts, then both refreshed), right after a change to
# the titles alone (both parts read the titles and the plan's entries again and keep who holds what and the planned
# cadres' records), and with no change between requests (the kept report is served).
time_path() { # path, change (0, 1: plan, 2: registry, 3: import-sized, 4: many cadres, 5: titles and an assignment, 8: titles; 6, 7: 4, 5 read ahead) -> "server-json sql50 sql95 status"
    local path="$1" change="$2" before status="" offset
    before="$(wc -l <"$applog")"; : >"$QH_PG_DIR/sql-ms.txt"
    for _ in $(seq 1 "$requests"); do
        [ "$change" = 1 ] && sql "$bench_plan_change" >/dev/null
        [ "$change" = 2 ] && sql "$bench_registry_change" >/dev/null
        [ "$change" = 3 ] && sql "$bench_import_change" >/dev/null
        [ "$change" = 4 ] && sql "$bench_many_cadres_change" >/dev/null
        [ "$change" = 5 ] && sql "$bench_titles_assignment_change" >/dev/null
        [ "$change" = 8 ] && sql "$bench_titles_change" >/dev/null
        [ "$change" = 6 ] && bench_change_read_ahead "$bench_many_cadres_change"
        [ "$change" = 7 ] && bench_change_read_ahead "$bench_titles_assignment_change"
        sleep 0.1
        offset="$(stat -c %s "$QH_PG_DIR/postgres.log")"
        status="$(curl -s --max-time 120 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port$path")"
        sleep 0.2
        tail -c +"$((offset + 1))" "$QH_PG_DIR/postgres.log" | sed -n 's/.*duration: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { printf "%.1f\n", s }' >>"$QH_PG_DIR/sql-ms.txt"
    done
    sleep 1
    echo "$(dotnet "$root/.build/bench-load/QuyHoach.Load.dll" server-latency --log "$applog" --skip "$before" --path "$path") $(percentile 50 <"$QH_PG_DIR/sql-ms.txt") $(percentile 95 <"$QH_PG_DIR/sql-ms.txt") $status"
}
# A burst: QH_BENCH_BURST users (default 8) ask for the same report at once right after a change, three times: what
# a committee's members meet when they all open the report after the same write (the app's durations of the 3 × N
# requests; 0 skips it).
burst="${QH_BENCH_BURST:-8}"
time_burst() { # path -> server-json
    local path="$1" before
    before="$(wc -l <"$applog")"
    for _ in 1 2 3; do
        sql "$bench_plan_change" >/dev/null
        for _ in $(seq 1 "$burst"); do curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path" & done
        wait
        sleep 0.5
    done
    sleep 1
    dotnet "$root/.build/bench-load/QuyHoach.Load.dll" server-latency --log "$applog" --skip "$before" --path "$path"
}
for path in $paths; do
    for _ in 1 2; do curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path" || true; done
    read -r changed c50 c95 cstatus < <(time_path "$path" 1)
    read -r registry r50 r95 rstatus < <(time_path "$path" 2)
    read -r imported i50 i95 istatus < <(time_path "$path" 3)
    read -r many m50 m95 mstatus < <(time_path "$path" 4)
    read -r whole w50 w95 wstatus < <(time_path "$path" 5)
    read -r titled t50 t95 tstatus < <(time_path "$path" 8)
    read -r server sql50 sql95 status < <(time_path "$path" 0)
    bursted=null; [ "$burst" -gt 0 ] && bursted="$(time_burst "$path")"
    load_now="$(cut -d' ' -f1 /proc/loadavg)"
    highest_load="$(echo "if ($load_now > $highest_load) $load_now else $highest_load" | bc)"
    target=300; [ "$path" = / ] && target=100
    echo "$path: $status, máy chủ $server, PostgreSQL p50 $sql50 ms p95 $sql95 ms; sau một thay đổi quy hoạch: máy chủ $changed, PostgreSQL p50 $c50 ms; sau một thay đổi hồ sơ cán bộ: máy chủ $registry, PostgreSQL p50 $r50 ms; sau một lần nhập cỡ lớn: máy chủ $imported; sau khi hơn 20.000 cán bộ đổi: máy chủ $many; sau một thay đổi chức danh và một phân công: máy chủ $whole; sau một thay đổi chức danh: máy chủ $titled; $burst người cùng lúc sau một thay đổi: $bursted (tải $load_now)" >&2
    results="$(jq -c --arg path "$path" --arg status "$status" --argjson server "$server" --argjson s50 "$sql50" --argjson s95 "$sql95" \
        --argjson changed "$changed" --argjson c50 "$c50" --argjson c95 "$c95" --arg cstatus "$cstatus" --argjson bursted "$bursted" --argjson users "$burst" \
        --argjson registry "$registry" --argjson r50 "$r50" --argjson r95 "$r95" --arg rstatus "$rstatus" \
        --argjson imported "$imported" --argjson i50 "$i50" --argjson i95 "$i95" --arg istatus "$istatus" \
        --argjson many "$many" --argjson m50 "$m50" --argjson m95 "$m95" --arg mstatus "$mstatus" \
        --argjson whole "$whole" --argjson w50 "$w50" --argjson w95 "$w95" --arg wstatus "$wstatus" \
        --argjson titled "$titled" --argjson t50 "$t50" --argjson t95 "$t95" --arg tstatus "$tstatus" \
        --argjson target "$target" --arg load "$load_now" \
        '. + [{path: $path, status: $status, server: $server, postgresP50Ms: $s50, postgresP95Ms: $s95, targetP95Ms: $target,
               met: ($status == "200" and $server.requests > 0 and $server.p95Ms < $target),
               afterChange: {status: $cstatus, server: $changed, postgresP50Ms: $c50, postgresP95Ms: $c95,
                             met: ($cstatus == "200" and $changed.requests > 0 and $changed.p95Ms < $target)},
               afterRegistryChange: {status: $rstatus, server: $registry, postgresP50Ms: $r50, postgresP95Ms: $r95,
                             met: ($rstatus == "200" and $registry.requests > 0 and $registry.p95Ms < $target)},
               afterImportSizedChange: {status: $istatus, server: $imported, postgresP50Ms: $i50, postgresP95Ms: $i95,
                             met: ($istatus == "200" and $imported.requests > 0 and $imported.p95Ms < $target)},
               afterManyCadresChange: {status: $mstatus, server: $many, postgresP50Ms: $m50, postgresP95Ms: $m95,
                             met: ($mstatus == "200" and $many.requests > 0 and $many.p95Ms < $target)},
               afterTitlesAndAssignmentChange: {status: $wstatus, server: $whole, postgresP50Ms: $w50, postgresP95Ms: $w95,
                             met: ($wstatus == "200" and $whole.requests > 0 and $whole.p95Ms < $target)},
               afterTitlesChange: {status: $tstatus, server: $titled, postgresP50Ms: $t50, postgresP95Ms: $t95,
                             met: ($tstatus == "200" and $titled.requests > 0 and $titled.p95Ms < $target)},
               burstAfterChange: {users: $users, server: $bursted},
               loadAverage: $load}]' <<<"$results")"
done

# Read ahead (ReportWarmer, ADR 0029): the app started again with it on (every 2 s; the sign-in survives, its keys are in
# the database), warmed up again (its changes read ahead beside, untimed), then each path timed after more than 20,000
# cadres and after a title and an assignment changed together, each request once the pass that read the change ahead has finished: what a reader
# meets who opens the report a few seconds after a large import or a change to the titles. The pass's own duration is
# the app's histogram (quyhoach_reports_warm_duration_seconds).
ahead="[]"
if [ "${QH_BENCH_READ_AHEAD:-1}" = 1 ]; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    bench_start_app 2
    bench_warm_up "${QH_BENCH_WARMUP_AHEAD:-10}" $paths
    for path in $paths; do
        read -r amany am50 am95 amstatus < <(time_path "$path" 6)
        read -r awhole aw50 aw95 awstatus < <(time_path "$path" 7)
        target=300; [ "$path" = / ] && target=100
        echo "$path đọc sẵn: sau khi hơn 20.000 cán bộ đổi: máy chủ $amany; sau một thay đổi chức danh và một phân công: máy chủ $awhole" >&2
        ahead="$(jq -c --arg path "$path" --argjson target "$target" --argjson many "$amany" --argjson m50 "$am50" --argjson m95 "$am95" --arg mstatus "$amstatus" \
            --argjson whole "$awhole" --argjson w50 "$aw50" --argjson w95 "$aw95" --arg wstatus "$awstatus" \
            '. + [{path: $path, targetP95Ms: $target,
                   afterManyCadresChange: {status: $mstatus, server: $many, postgresP50Ms: $m50, postgresP95Ms: $m95,
                                           met: ($mstatus == "200" and $many.requests > 0 and $many.p95Ms < $target)},
                   afterTitlesAndAssignmentChange: {status: $wstatus, server: $whole, postgresP50Ms: $w50, postgresP95Ms: $w95,
                                          met: ($wstatus == "200" and $whole.requests > 0 and $whole.p95Ms < $target)}}]' <<<"$ahead")"
    done
    passes="$(curl -s "http://127.0.0.1:$port/metrics" | grep '^quyhoach_reports_warm_duration_seconds_\(sum\|count\)' | awk '{ printf "%s ", $NF }')"
    echo "Các lượt đọc sẵn (tổng giây, số lượt): $passes" >&2
fi
sql "ALTER SYSTEM RESET log_min_duration_statement" >/dev/null; sql "ALTER SYSTEM RESET log_parameter_max_length" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null

mkdir -p bench/results
loaded=""; [ "$(echo "$highest_load > $(nproc)" | bc)" = 1 ] && loaded="-loaded"
out="bench/results/reports-$(date +%F-%H%M)$loaded.json"
jq -n --arg date "$(date +%F)" --argjson shape "$shape" --argjson requests "$requests" --argjson cores "$(nproc)" \
    --arg cpu "$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
    --arg commit "$(git rev-parse --short HEAD)" --argjson results "$results" --argjson ahead "$ahead" \
    '{date: $date, commit: $commit, data: $shape, requestsPerPath: $requests, cores: $cores, cpu: $cpu, loadAtEnd: $load,
      note: "one request at a time; server = the app'"'"'s own request durations; postgres = the sum of the statement durations per request; server: no change between requests (the kept report served, ReportCache); afterChange: a change to the plan (terms) recorded before each request (the report and the plan entries read again, the incumbents, the records of the planned cadres and the quality facts kept); afterRegistryChange: the assignment of one incumbent written before each request (that cadre read into the kept parts); afterImportSizedChange: 1,001 assignments written in one statement before each request (their cadres read into the kept parts); afterManyCadresChange: 20,001 cadres written in one statement before each request (more than a patch reads: every incumbent read again with the titles kept, the plan read whole); afterTitlesAndAssignmentChange: a change to the titles and one assignment in one transaction before each request (the cadre patched into both parts, then both refreshed); afterTitlesChange: a change to the titles before each request (both parts read the titles and entries again, who holds what and the planned cadres records kept); burstAfterChange: after a change to the plan; all these with reading ahead off. readAhead: the app started again with reading ahead on (ReportWarmer), each request made once the pass that read the change ahead had finished", results: $results, readAhead: $ahead}' | tee "$out"

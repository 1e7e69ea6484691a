# Sourced by bench/national.sh: (e) the reports at national scope, as the province-wide account sees them (the 34
# generated provinces are under its unit): each of the five reports' figures (API) and page, and the home page
# (QH_BENCH_PATHS="…" times only some), requested 3 times after the warm-up
# below and one more; the slowest time counts (each at most 120 s: the answer is then 000). Each path is timed eight
# ways: after a change to the plan before every request (a statement on `terms`, recorded by migration 0038's trigger:
# the report and the plan's entries are read again, the incumbents and the planned cadres' records kept, ADR 0026),
# after a change to the registry (one incumbent's assignment written: that cadre is read into the kept parts, ADR
# 0028), after an import-sized change (1,001 assignments in one statement: their cadres are read into the kept parts,
# migration 0042), after the largest import (20,000 cadres in one statement: read into the kept parts, ReportCache.Patched),
# after a change of more cadres than a patch reads (a tenth of the registry and one, 100,012 cadres, in one statement:
# every incumbent read again with the titles kept, every planned cadre's record with the plan's entries kept), after a change to the titles and one assignment in one
# transaction (the cadre patched into both parts, then both refreshed), after a change to the titles alone (both
# parts read the titles and the plan's entries again and keep who holds what and the planned cadres' records, ADR 0026
# amended) and with no change between requests (the kept report is served: ReportCache, ADR 0025). Next to each, PostgreSQL's
# own time for the statements the request ran (the sum of the durations in its statement log), the ratio's
# denominator: a statement's logged duration runs until the app has read its last row, so a large result read slowly
# counts partly the app's time. Sets $reports (JSON).
qh_log "Báo cáo phạm vi toàn quốc (tải máy: $(cut -d' ' -f1 /proc/loadavg))…"
national_paths="${QH_BENCH_PATHS:-/api/v1/reports/bao-phu /api/v1/reports/nghi-huu /api/v1/reports/co-cau /api/v1/reports/tien-do /api/v1/reports/chat-luong /bao-cao/bao-phu /bao-cao/nghi-huu /bao-cao/co-cau /bao-cao/tien-do /bao-cao/chat-luong /}"
# Warm-up: every path QH_BENCH_WARMUP times (default 10) before any is timed, as bench/reports.sh does. The JIT's tiered
# recompilation of the hot code runs beside the first requests of a process: on 04/12 the national home page took
# 1,406 ms of the app's CPU a request after 30 warm-ups and 923 ms after 100 (2,123 methods compiled during the six
# requests after the first 30).
bench_warm_up "${QH_BENCH_WARMUP:-10}" $national_paths
sql "ALTER SYSTEM SET log_min_duration_statement = 0" >/dev/null; sql "ALTER SYSTEM SET log_parameter_max_length = 0" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null
sleep 1
reports="[]"
slowest() { # path, change (0, 1: plan, 2: registry, 3: import-sized, 9: largest import, 4: many cadres, 5: titles and an assignment, 8: titles; 6, 7: 4, 5 read ahead) -> "status ms postgres-ms" of the slowest of three
    local worst=0 worst_sql=0 status=0 offset seconds pg_ms ms
    for _ in 1 2 3; do
        [ "$2" = 1 ] && sql "$bench_plan_change" >/dev/null
        [ "$2" = 2 ] && sql "$bench_registry_change" >/dev/null
        [ "$2" = 3 ] && sql "$bench_import_change" >/dev/null
        [ "$2" = 9 ] && sql "$bench_largest_import_change" >/dev/null
        { [ "$2" = 4 ] || [ "$2" = 6 ]; } && bench_vacuum_cadres
        [ "$2" = 4 ] && sql "$bench_many_cadres_change" >/dev/null
        [ "$2" = 5 ] && sql "$bench_titles_assignment_change" >/dev/null
        [ "$2" = 8 ] && sql "$bench_titles_change" >/dev/null
        [ "$2" = 6 ] && bench_change_read_ahead "$bench_many_cadres_change"
        [ "$2" = 7 ] && bench_change_read_ahead "$bench_titles_assignment_change"
        offset="$(stat -c %s "$QH_PG_DIR/postgres.log")"
        read -r status seconds < <(curl -s --max-time 120 -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "http://127.0.0.1:$port$1")
        sleep 0.3
        pg_ms="$(tail -c +"$((offset + 1))" "$QH_PG_DIR/postgres.log" | sed -n 's/.*duration: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { printf "%.1f", s }')"
        ms="$(echo "$seconds * 1000" | bc)"
        if (( $(echo "$ms > $worst" | bc) )); then worst="$ms"; worst_sql="$pg_ms"; fi
    done
    echo "$status $worst $worst_sql"
}
for path in $national_paths; do
    curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path" || true
    read -r cstatus cworst cworst_sql < <(slowest "$path" 1)
    read -r rstatus rworst rworst_sql < <(slowest "$path" 2)
    read -r istatus iworst iworst_sql < <(slowest "$path" 3)
    read -r lstatus lworst lworst_sql < <(slowest "$path" 9)
    read -r mstatus mworst mworst_sql < <(slowest "$path" 4)
    read -r wstatus wworst wworst_sql < <(slowest "$path" 5)
    read -r tstatus tworst tworst_sql < <(slowest "$path" 8)
    read -r status worst worst_sql < <(slowest "$path" 0)
    echo "(e) $path: $status, giữ lại: chậm nhất ${worst} ms (PostgreSQL ${worst_sql} ms); sau một thay đổi quy hoạch: ${cworst} ms (PostgreSQL ${cworst_sql} ms); sau một thay đổi hồ sơ cán bộ: ${rworst} ms (PostgreSQL ${rworst_sql} ms); sau một lần nhập cỡ lớn: ${iworst} ms (PostgreSQL ${iworst_sql} ms); sau một tệp nhập lớn nhất (20.000 cán bộ): ${lworst} ms (PostgreSQL ${lworst_sql} ms); sau khi hơn một phần mười sổ cán bộ đổi: ${mworst} ms (PostgreSQL ${mworst_sql} ms); sau một thay đổi chức danh và một phân công: ${wworst} ms (PostgreSQL ${wworst_sql} ms); sau một thay đổi chức danh: ${tworst} ms (PostgreSQL ${tworst_sql} ms)" >&2
    reports="$(jq -c --arg path "$path" --arg status "$status" --argjson ms "$worst" --argjson pg "$worst_sql" \
        --arg cstatus "$cstatus" --argjson cms "$cworst" --argjson cpg "$cworst_sql" \
        --arg rstatus "$rstatus" --argjson rms "$rworst" --argjson rpg "$rworst_sql" \
        --arg istatus "$istatus" --argjson ims "$iworst" --argjson ipg "$iworst_sql" \
        --arg lstatus "$lstatus" --argjson lms "$lworst" --argjson lpg "$lworst_sql" \
        --arg mstatus "$mstatus" --argjson mms "$mworst" --argjson mpg "$mworst_sql" \
        --arg wstatus "$wstatus" --argjson wms "$wworst" --argjson wpg "$wworst_sql" \
        --arg tstatus "$tstatus" --argjson tms "$tworst" --argjson tpg "$tworst_sql" \
        '. + [{path: $path, status: $status, slowestMs: ($ms | round), postgresMs: $pg, targetMs: 1000,
               afterChange: {status: $cstatus, slowestMs: ($cms | round), postgresMs: $cpg,
                             ratio: (if $cpg > 0 then ($cms / $cpg * 100 | round / 100) else null end)},
               afterRegistryChange: {status: $rstatus, slowestMs: ($rms | round), postgresMs: $rpg,
                             ratio: (if $rpg > 0 then ($rms / $rpg * 100 | round / 100) else null end)},
               afterImportSizedChange: {status: $istatus, slowestMs: ($ims | round), postgresMs: $ipg,
                             ratio: (if $ipg > 0 then ($ims / $ipg * 100 | round / 100) else null end)},
               afterLargestImportChange: {status: $lstatus, slowestMs: ($lms | round), postgresMs: $lpg,
                             ratio: (if $lpg > 0 then ($lms / $lpg * 100 | round / 100) else null end)},
               afterManyCadresChange: {status: $mstatus, slowestMs: ($mms | round), postgresMs: $mpg,
                             ratio: (if $mpg > 0 then ($mms / $mpg * 100 | round / 100) else null end)},
               afterTitlesAndAssignmentChange: {status: $wstatus, slowestMs: ($wms | round), postgresMs: $wpg,
                             ratio: (if $wpg > 0 then ($wms / $wpg * 100 | round / 100) else null end)},
               afterTitlesChange: {status: $tstatus, slowestMs: ($tms | round), postgresMs: $tpg,
                             ratio: (if $tpg > 0 then ($tms / $tpg * 100 | round / 100) else null end)}}]' <<<"$reports")"
done

# Read ahead (ReportWarmer, ADR 0029; QH_BENCH_READ_AHEAD=0 skips it): the app started again with it on (every 2 s; the
# sign-in survives, its keys are in the database). Timed: the start-up pass (from the start to its end: the home page and
# the reports of the national scope), the first request of each path after it (one each, the process's first: its code
# not yet compiled by the JIT's later tiers), then, after QH_BENCH_WARMUP_AHEAD rounds (default 3), each path after the
# change of more cadres than a patch reads and after a title and an assignment changed together, each request once the pass that read the change ahead has finished
# (slowest of three). Sets $ahead (JSON).
ahead=null
if [ "${QH_BENCH_READ_AHEAD:-1}" = 1 ]; then
    kill "$rss_pid" 2>/dev/null || true; kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    started="$(date +%s.%N)"
    bench_start_app 2
    sample_rss
    for _ in $(seq 1 6000); do [ "$(bench_warm_passes)" -ge 1 ] && break; sleep 0.1; done
    startup_s="$(echo "$(date +%s.%N) - $started" | bc)"
    startup_pass="$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^quyhoach_reports_warm_duration_seconds_sum/ { print $NF }')"
    echo "(e) đọc sẵn sau khi khởi động: xong sau ${startup_s} s từ lúc khởi động (lượt đọc ${startup_pass} s)" >&2
    ahead="[]"
    first="{}"
    for path in $national_paths; do
        read -r fstatus fseconds < <(curl -s --max-time 120 -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
        first="$(jq -c --arg path "$path" --arg status "$fstatus" --argjson ms "$(echo "$fseconds * 1000" | bc)" '. + {($path): {status: $status, ms: ($ms | round)}}' <<<"$first")"
    done
    bench_warm_up "${QH_BENCH_WARMUP_AHEAD:-3}" $national_paths
    for path in $national_paths; do
        read -r amstatus amworst amworst_sql < <(slowest "$path" 6)
        read -r awstatus awworst awworst_sql < <(slowest "$path" 7)
        echo "(e) $path đọc sẵn: lần đầu sau khi khởi động $(jq -r --arg p "$path" '.[$p].ms' <<<"$first") ms; sau khi hơn một phần mười sổ cán bộ đổi: ${amworst} ms; sau một thay đổi chức danh và một phân công: ${awworst} ms" >&2
        ahead="$(jq -c --arg path "$path" --argjson first "$first" \
            --arg mstatus "$amstatus" --argjson mms "$amworst" --arg wstatus "$awstatus" --argjson wms "$awworst" \
            '. + [{path: $path, targetMs: 1000, firstAfterStart: $first[$path],
                   afterManyCadresChange: {status: $mstatus, slowestMs: ($mms | round)},
                   afterTitlesAndAssignmentChange: {status: $wstatus, slowestMs: ($wms | round)}}]' <<<"$ahead")"
    done
    passes="$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^quyhoach_reports_warm_duration_seconds_(sum|count)/ { printf "%s ", $NF }')"
    echo "(e) các lượt đọc sẵn (tổng giây, số lượt): $passes" >&2
    ahead="$(jq -c --argjson s "$startup_s" --argjson pass "${startup_pass:-null}" --arg passes "$passes" \
        '{startUpReadAheadDoneAfterS: ($s * 100 | round / 100), startUpPassS: $pass, passesSecondsAndCount: $passes, paths: .}' <<<"$ahead")"
fi
reports="$(jq -c --argjson ahead "$ahead" '{paths: ., readAhead: $ahead}' <<<"$reports")"
sql "ALTER SYSTEM RESET log_min_duration_statement" >/dev/null; sql "ALTER SYSTEM RESET log_parameter_max_length" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null

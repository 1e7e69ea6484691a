# Sourced by bench/national.sh: the benchmark's PostgreSQL in folder $1, kept between runs with its generated data
# (a million cadres take a while to write). Started when it is not running; created when the folder is empty. Sets
# QH_PG_DIR and QH_PG_SOCKET. As qh_start_throwaway_pg, durability is traded for speed (fsync off); shared_buffers
# is 1 GB, as a server for a national registry would have at least, in huge pages when the machine lets us reserve them.
# The writes the report benchmarks make before a request (bench/reports.sh, bench/national-reports.sh), each recorded
# (migrations 0038, 0041) so the kept reports that read the table are read again. A change to the plan (terms: a
# statement that changes nothing; the plan part of a snapshot is read again, ADR 0026). A change to the registry: one
# incumbent's assignment written (to the same values: the cost is that of any one-record edit), whose cadre is read
# again into the kept parts (ADR 0028). An import-sized change: 1,001 assignments written in one statement (an import's
# batch), whose cadres are recorded too (migration 0042) and read into the kept parts. A change of more cadres than a
# patch reads (ReportCache.Patched: 20,000, or a tenth of the registry's cadres when that is more, as PostgreSQL
# estimates them: 20,001 cadres at province size, 100,012 at national size) written in one statement, so every part
# reading the registry is read whole, as after a TRUNCATE or a part kept from before the pruning horizon; the registry
# vacuumed before it, untimed (each run writes it a few dozen times: at national size 100,012 new row versions a time
# would double the table within a run). The largest import (20,000 cadres in one statement, a workbook's most): patched.
bench_plan_change="UPDATE terms SET code = code WHERE false"
bench_registry_change="UPDATE assignments SET \"from\" = \"from\" WHERE id = (SELECT id FROM assignments WHERE \"to\" IS NULL AND title_id IN (SELECT id FROM titles WHERE kind = 'Leadership') ORDER BY id LIMIT 1)"
bench_import_change="UPDATE assignments SET \"from\" = \"from\" WHERE id IN (SELECT id FROM assignments ORDER BY id LIMIT 1001)"
bench_many_cadres_change="UPDATE cadres SET updated_at = updated_at WHERE id IN (SELECT id FROM cadres ORDER BY id LIMIT greatest(20001, (SELECT reltuples::bigint FROM pg_class WHERE oid = 'cadres'::regclass) / 10 + 1))"
bench_largest_import_change="UPDATE cadres SET updated_at = updated_at WHERE id IN (SELECT id FROM cadres ORDER BY id LIMIT 20000)"
bench_vacuum_cadres() { psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "VACUUM (ANALYZE) cadres" >/dev/null; }
# A change to the titles (a statement that changes no row, recorded by migration 0038), as a round's targets or a unit's
# name: both parts read the titles again and keep what depends only on the cadres (the incumbents part who holds what,
# while the scope holds the same titles; the plan part its cadres' records: ADR 0026 amended). A change to the titles
# and one assignment in one transaction: the assignment's cadre is patched into both parts, then both are refreshed
# (ADR 0026 amended again, 05/12 session 21; before it, both parts were read whole).
bench_titles_change="UPDATE titles SET name = name WHERE false"
bench_titles_assignment_change="$bench_titles_change; $bench_registry_change"

# Reading ahead (ReportWarmer, ADR 0029), from the app's /metrics on port $port (the machine itself may read it): the
# passes finished since the start, and whether one is running. The exporter keeps a scrape for up to 300 ms, so a value
# may be that old.
bench_warm_metric() { curl -s "http://127.0.0.1:$port/metrics" | awk -v name="$1" '$1 ~ "^" name "({|$)" { n = $NF } END { print n + 0 }'; }
bench_warm_passes() { bench_warm_metric quyhoach_reports_warm_passes_total; }
# Until no pass runs (seen twice, 0.5 s apart: a scrape may be kept), at most 600 s.
bench_warm_idle() {
    for _ in $(seq 1 1200); do
        if [ "$(bench_warm_metric quyhoach_reports_warm_running)" = 0 ]; then
            sleep 0.5; [ "$(bench_warm_metric quyhoach_reports_warm_running)" = 0 ] && return 0
        fi
        sleep 0.5
    done
    qh_die "Lượt đọc sẵn báo cáo chưa xong sau 600 giây."
}
# Makes change $1 and waits (at most 600 s) for the pass that read it ahead: the bench is the only writer, so once no
# pass runs, the next one to finish started after the change.
bench_change_read_ahead() {
    local passes
    bench_warm_idle; passes="$(bench_warm_passes)"
    psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "$1" >/dev/null
    for _ in $(seq 1 6000); do [ "$(bench_warm_passes)" -gt "$passes" ] && return 0; sleep 0.1; done
    qh_die "Không thấy lượt đọc sẵn báo cáo sau thay đổi."
}

# The published app (.build/bench-web) on $connection and $port, its console (JSON lines with ASP.NET Core's "Request
# finished" events: the server-side durations, QUYHOACH_LOG=console) appended to $applog, reading ahead (ReportWarmer)
# every $1 seconds (0: off). Sets app_pid and dotnet_pid (the dotnet process itself: the subshell execs env, which
# execs dotnet).
bench_start_app() {
    (cd "$root/.build/bench-web" && exec env ConnectionStrings__QuyHoach="$connection" QUYHOACH_PORT=$port QUYHOACH_DATA="$QH_PG_DIR/app" \
        QUYHOACH_LOG=console QuyHoach__DemoRoundInProgress=false QuyHoach__Reports__WarmSeconds="$1" Logging__LogLevel__Default=Warning \
        Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information dotnet QuyHoach.Web.dll >>"$applog" 2>&1) &
    app_pid=$!
    for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; kill -0 "$app_pid" || qh_die "Ứng dụng dừng khi khởi động: $applog"; sleep 1; done
    dotnet_pid="$(pgrep -P "$app_pid" -f QuyHoach.Web.dll || echo "$app_pid")"
}

# Warm-up: each of the paths $2… requested $1 times, signed in ($cookie), before any is timed, with a change before
# each (to the plan, then to the registry, in turn) so that the reports are computed, not served from memory, and the
# code that computes them is compiled by the JIT's later tiers.
bench_warm_up() {
    local times="$1" i change path; shift
    for i in $(seq 1 "$times"); do
        change="$bench_plan_change"; [ $((i % 2)) = 1 ] && change="$bench_registry_change"
        for path in "$@"; do
            psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "$change" >/dev/null
            curl -s --max-time 120 -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$path" || true
        done
    done
}

# The registry's tables rewritten compact before a run: every run writes 20,001 cadres a few hundred times (the changes
# above), faster than autovacuum reclaims them, and a cluster kept between runs grows with each (the province's cadres:
# 182 MB of heap and 419 MB with indexes for 100,110 rows after two runs, about 5 times their size; every read then
# scans and looks up sparse pages). A deployment meets such a table only after many large imports in a row; each run
# starts from a settled one and grows again while it runs.
bench_compact() {
    psql -h "$QH_PG_SOCKET" -U quyhoach -d bench -qAtc "VACUUM (FULL, ANALYZE) cadres" -c "VACUUM (FULL, ANALYZE) assignments" >/dev/null
}

bench_start_cluster() {
    local pgbin; pgbin="$(qh_pg_bin)"
    QH_PG_DIR="$1"; QH_PG_SOCKET="$QH_PG_DIR/run"
    local run=(); [ "$(id -u)" -ne 0 ] || run=(runuser -u postgres --)
    if [ ! -f "$QH_PG_DIR/data/PG_VERSION" ]; then
        mkdir -p "$QH_PG_SOCKET"
        [ ${#run[@]} -eq 0 ] || chown -R postgres:postgres "$QH_PG_DIR"
        "${run[@]}" "$pgbin/initdb" -D "$QH_PG_DIR/data" -U quyhoach --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || qh_die "initdb thất bại"
    fi
    if ! "${run[@]}" "$pgbin/pg_ctl" -D "$QH_PG_DIR/data" status >/dev/null 2>&1; then
        bench_reserve_huge_pages
        "${run[@]}" setsid --wait "$pgbin/pg_ctl" -D "$QH_PG_DIR/data" -l "$QH_PG_DIR/postgres.log" -w -t 120 \
            -o "-c listen_addresses='' -c unix_socket_directories='$QH_PG_SOCKET' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=1GB -c huge_pages=try" \
            start >/dev/null || { tail -n 20 "$QH_PG_DIR/postgres.log" >&2; qh_die "Không khởi động được PostgreSQL của phép đo"; }
        echo "Trang lớn (huge pages) PostgreSQL giữ: $(awk '/HugePages_Rsvd/ { print $2 }' /proc/meminfo) × 2 MB" >&2
    fi
    psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'bench'" | grep -q 1 \
        || psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qc "CREATE DATABASE bench" >/dev/null
}

# Shared memory in 2 MB pages, as PostgreSQL's documentation advises for a large shared_buffers (section "Linux Huge
# Pages"): in 4 kB pages every new server process takes a page fault for each page of the buffers it touches. Measured
# on the national registry (bench/README.md, 4 December): the first search of a new connection took 418 ms against
# 114 ms for its second (the same 41,508 buffers hit), and 61 ms in huge pages; 100 users opening their connections
# together gave 7.6 searches/s. Root only (a sysctl); elsewhere huge_pages=try falls back to normal pages.
bench_reserve_huge_pages() {
    local want=560 # 1 GB of buffers and PostgreSQL's other shared memory, in 2 MB pages
    [ "$(id -u)" -eq 0 ] && [ -w /proc/sys/vm/nr_hugepages ] || return 0
    [ "$(cat /proc/sys/vm/nr_hugepages)" -ge "$want" ] || echo "$want" >/proc/sys/vm/nr_hugepages 2>/dev/null || true
}

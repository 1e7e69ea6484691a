# Sourced by bench/national.sh: (a) cadre search by $users users with a 0.5–1.5 s think time for $seconds seconds,
# measured by wrk (client) and by the app (server-side), then the SQL each search ran replayed through Npgsql by as
# many users with the same think time (bench/QuyHoach.Load sql-load). Sets $search (JSON).
QH_COOKIE="$cookie" QH_THINK_MS=0 wrk -t2 -c4 -d10s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
before="$(wc -l <"$applog")"
qh_log "Đo tìm kiếm: $users người dùng, nghỉ 0,5–1,5 giây, $seconds giây (tải máy: $(cut -d' ' -f1 /proc/loadavg))"
client="$(QH_COOKIE="$cookie" QH_THINK_MS=1000 QH_THINK_FIXED=0 wrk -t2 -c"$users" -d"${seconds}s" --timeout 10s -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1)"
search_load="$(cut -d' ' -f1 /proc/loadavg)"
sleep 1
server="$(load server-latency --log "$applog" --skip "$before" --path /api/v1/cadres)"
# The same searches' SQL through Npgsql: captured from the statement log, replayed at the same concurrency.
sql "ALTER SYSTEM SET log_min_duration_statement = 0" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null
sleep 1
sqlrun="$(load sql-load "$connection" "$QH_PG_DIR/postgres.log" "http://127.0.0.1:$port" "$cookie" "$users" "$seconds" 1000 2>"$QH_PG_DIR/sql-load.err" || echo '{"error":"see sql-load.err"}')"
sql "ALTER SYSTEM RESET log_min_duration_statement" >/dev/null; sql "ALTER SYSTEM RESET log_parameter_max_length" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null
echo "(a) app: $server  wrk: $client  sql: $sqlrun" >&2
search="$(jq -n --argjson client "$client" --argjson server "$server" --argjson sql "$sqlrun" --arg load "$search_load" \
    '{client: $client, server: $server, sql: $sql, loadDuringRun: $load, targetP95Ms: 50, targetRatio: 2,
      ratioP95: (if ($sql.p95Ms // 0) > 0 then ($server.p95Ms / $sql.p95Ms * 100 | round / 100) else null end)}')"

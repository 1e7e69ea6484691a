# Sourced by bench/national.sh: the benchmark's PostgreSQL in folder $1, kept between runs with its generated data
# (a million cadres take a while to write). Started when it is not running; created when the folder is empty. Sets
# QH_PG_DIR and QH_PG_SOCKET. As qh_start_throwaway_pg, durability is traded for speed (fsync off); shared_buffers
# is 1 GB, as a server for a national registry would have at least.
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
        "${run[@]}" setsid --wait "$pgbin/pg_ctl" -D "$QH_PG_DIR/data" -l "$QH_PG_DIR/postgres.log" -w -t 120 \
            -o "-c listen_addresses='' -c unix_socket_directories='$QH_PG_SOCKET' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=1GB" \
            start >/dev/null || { tail -n 20 "$QH_PG_DIR/postgres.log" >&2; qh_die "Không khởi động được PostgreSQL của phép đo"; }
    fi
    psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'bench'" | grep -q 1 \
        || psql -h "$QH_PG_SOCKET" -U quyhoach -d postgres -qc "CREATE DATABASE bench" >/dev/null
}

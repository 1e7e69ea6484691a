# Shared by ./run, ./test and ./qh: install what is missing from Debian's packages and check the .NET SDK.
# Sourced, not executed.

qh_log() { printf '\033[1;34m[quyhoach]\033[0m %s\n' "$*" >&2; }
qh_die() { printf '\033[1;31m[quyhoach] LỖI:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
qh_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        qh_die "Cần quyền root (hoặc sudo) để cài: $*"
    fi
}

# Installs the Debian packages that are not installed yet.
qh_ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    qh_log "Đang cài các gói còn thiếu: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    qh_as_root apt-get update -qq >/dev/null || qh_die "apt-get update thất bại: kiểm tra kết nối tới kho gói Debian."
    qh_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || qh_die "Không cài được: ${missing[*]}"
}

# The PDF's font (Times New Roman's metrics, every Vietnamese glyph): Liberation Serif 2, else Tinos, where
# QuyHoach.Documents' VietnameseFontResolver looks for them.
qh_ensure_pdf_font() {
    qh_ensure_packages fonts-liberation2
    local font
    for font in /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf \
        /usr/share/fonts/truetype/croscore/Tinos-Regular.ttf /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf; do
        [ -f "$font" ] && return 0
    done
    qh_die "Không tìm thấy phông chữ Liberation Serif hoặc Tinos để tạo PDF: hãy cài gói fonts-liberation2 (hoặc fonts-croscore) rồi chạy lại."
}

# The .NET SDK must be on the machine (it is not in Debian's archive).
qh_ensure_dotnet() {
    command -v dotnet >/dev/null 2>&1 || qh_die "Không tìm thấy .NET SDK (lệnh dotnet). Hãy cài .NET SDK 10 rồi chạy lại."
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# PostgreSQL server binaries of Debian's package.
qh_pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || qh_die "Không tìm thấy máy chủ PostgreSQL trong /usr/lib/postgresql/*/bin."
    printf '%s' "$dir"
}

# Starts a throwaway PostgreSQL cluster on a private Unix socket in a new temp folder (as the postgres system user
# when we are root) and sets QH_PG_DIR and QH_PG_SOCKET; qh_stop_throwaway_pg stops it and removes the folder.
# Durability is not needed, speed is: fsync and synchronous commit are off.
qh_start_throwaway_pg() {
    local pgbin
    pgbin="$(qh_pg_bin)"
    QH_PG_DIR="$(mktemp -d /tmp/quyhoach-pg.XXXXXX)"
    QH_PG_RUN=()
    if [ "$(id -u)" -eq 0 ]; then
        QH_PG_RUN=(runuser -u postgres --)
    fi
    mkdir -p "$QH_PG_DIR/run"
    [ ${#QH_PG_RUN[@]} -eq 0 ] || chown -R postgres:postgres "$QH_PG_DIR"
    "${QH_PG_RUN[@]}" "$pgbin/initdb" -D "$QH_PG_DIR/data" -U quyhoach --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
        || qh_die "initdb thất bại"
    "${QH_PG_RUN[@]}" setsid --wait "$pgbin/pg_ctl" -D "$QH_PG_DIR/data" -l "$QH_PG_DIR/postgres.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$QH_PG_DIR/run' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { cat "$QH_PG_DIR/postgres.log" >&2; qh_die "Không khởi động được PostgreSQL tạm"; }
    QH_PG_SOCKET="$QH_PG_DIR/run"
}

qh_stop_throwaway_pg() {
    [ -n "${QH_PG_DIR:-}" ] || return 0
    "${QH_PG_RUN[@]}" "$(qh_pg_bin)/pg_ctl" -D "$QH_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$QH_PG_DIR"
}

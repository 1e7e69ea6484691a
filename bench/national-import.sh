# Sourced by bench/national.sh: (c) $rows new cadres (each with its 2025 rating) imported through POST
# /api/v1/imports in workbooks of 20,000 cadres, one after the other (one of 50,000 is refused: its cadre sheet
# unpacks to over 40 MB, the limit of an entry), against a binary COPY of the same rows into empty copies of the
# tables with their indexes ("ratio") and into the live tables in a transaction rolled back ("liveRatio": the same
# indexes as full as the import finds them, and the foreign keys) (bench/QuyHoach.Load copy-rows). The cadres a previous run imported are deleted first,
# so each run creates them. Sets $import (JSON).
qh_log "Nhập $rows cán bộ qua API và COPY cùng các dòng đó (tải máy: $(cut -d' ' -f1 /proc/loadavg))…"
sql "DELETE FROM evaluation_records WHERE cadre_id IN (SELECT id FROM cadres WHERE code LIKE 'IMPORT-%'); DELETE FROM cadres WHERE code LIKE 'IMPORT-%'" >/dev/null
mapfile -t files < <(load import-file --count "$rows" --out "$QH_PG_DIR/import.xlsx" --per-file 20000)
copy="$(load copy-rows --connection "$connection" --count "$rows")"
af="$(curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$port/api/v1/antiforgery")"
aftoken="$(jq -r .token <<<"$af")"
summaries="[]"; import_load="$(cut -d' ' -f1 /proc/loadavg)"
start=$(date +%s.%N)
for file in "${files[@]}"; do
    answer="$(curl -s --max-time 3600 -b "$jar" -H "RequestVerificationToken: $aftoken" \
        -F "file=@$file;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "http://127.0.0.1:$port/api/v1/imports")"
    summaries="$(jq -c --argjson s "$(jq -c . <<<"$answer" 2>/dev/null || jq -n --arg a "${answer:0:500}" '$a')" '. + [$s]' <<<"$summaries")"
done
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "(c) app: ${import_seconds}s $summaries  copy: $copy" >&2
import="$(jq -n --argjson rows "$rows" --argjson app "$import_seconds" --argjson copy "$copy" --argjson files "$summaries" --arg load "$import_load" \
    '{rows: $rows, appSeconds: ($app * 100 | round / 100), copy: $copy, loadAtStart: $load, files: $files, targetSeconds: 60, targetRatio: 4,
      ratio: (if ($copy.seconds // 0) > 0 then ($app / $copy.seconds * 100 | round / 100) else null end),
      liveRatio: (if ($copy.liveSeconds // 0) > 0 then ($app / $copy.liveSeconds * 100 | round / 100) else null end)}')"

#!/usr/bin/env bash
# Rewrites citations of documents outside the repository (a rules digest by section, seed files, product or
# architecture notes) into what the repository holds: rule ids (R-…), docs/rules/*.md, docs/security.md, ADRs, and
# the province's and department's plans by their own names (docs/rules/plans.md).
#
#   scripts/fix-citations.sh            # every text file under src/
#   scripts/fix-citations.sh FILE…      # only these files (e.g. the tests: grep -rlE … tests)
#
# Idempotent: run it again after a merge. The map below is the documentation of each pattern → replacement, most
# specific first. tests/QuyHoach.Domain.Tests/Conventions/CitationTests.cs fails while any citation is left.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
    mapfile -t files < <(grep -rliP 'rules §|rules\.md|seeds? 0\d\d|\(seeds?\b|product\.md|architecture\.md|\.\./shared|spec/|(?:\(|, |; |^\s*(?:///|//|\*)\s*)§\d|§1[0-2] (?:case|question)|R-VOTE-4\b' src \
        --include='*.cs' --include='*.razor' --include='*.json' --include='*.sql' --include='*.md' --include='*.css' --include='*.js' \
        | grep -vE '/(bin|obj)/' || true)
else
    files=("$@")
fi
[ "${#files[@]}" -eq 0 ] && { echo "fix-citations: nothing to fix"; exit 0; }

perl -CSD -Mutf8 -pi -e '
    sub topic { my $n = shift; return $n <= 15 ? "votes.md" : $n == 18 ? "principles.md" : $n <= 23 ? "quotas.md" : $n <= 29 ? "age.md" : $n == 30 ? "terms.md" : $n == 31 ? "principles.md" : $n <= 33 ? "working-days.md" : $n == 34 ? "dossiers.md" : $n <= 38 ? "discipline.md" : $n <= 40 ? "evaluation.md" : $n <= 42 ? "calendar.md" : "rule-sets.md" }
    # --- seeds: the plans by their own names (docs/rules/plans.md) ---
    s/Kế hoạch 331\/KH-SCT ngày 04\/4\/2022 \(Sở Công Thương Nam Định, seed 001\)/Kế hoạch 331\/KH-SCT ngày 04\/4\/2022 của Sở Công Thương Nam Định/g;
    s/Kế hoạch 331\/KH-SCT ngày 04\/4\/2022 \(seed 001\)/Kế hoạch 331\/KH-SCT ngày 04\/4\/2022 của Sở Công Thương Nam Định/g;
    s/Kế hoạch 331\/KH-SCT \(seed 001\)/Kế hoạch 331\/KH-SCT/g;
    s/Kế hoạch rà soát quy hoạch 2023 \(seed 000\)/Kế hoạch rà soát, bổ sung quy hoạch năm 2023 của Ban Thường vụ Tỉnh ủy/g;
    s/seed 001 §A\.5 "Báo cáo Ban Thường vụ Tỉnh ủy"/Kế hoạch 331\/KH-SCT, mục A.5 "Báo cáo Ban Thường vụ Tỉnh ủy"/g;
    s/seed 000 §III\.2/kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục III.2; docs\/rules\/plans.md/g;
    s/seed 001 §([A-Z](?:\.[IVX]+)?(?:\.\d+)*)/Kế hoạch 331\/KH-SCT, mục $1/g;
    s/seed 000 §([IVX]+(?:\.\d+)*)/kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục $1/g;
    s/\(seed 001\)/(Kế hoạch 331\/KH-SCT)/g;
    s/\(seed 000\)/(kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy)/g;
    s/seed 001 invites district heads/Kế hoạch 331\/KH-SCT invites district heads/g;
    s/reproduces seed 001.s four cut-offs/reproduces the four cut-offs of Kế hoạch 331\/KH-SCT/g;
    s/\bseed 001\b/Kế hoạch 331\/KH-SCT/g;
    s/\bseed 000\b/kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy/g;
    s/\bseeds 000, 001\b/the two plans in docs\/rules\/plans.md/g;
    # --- the rules digest by section: the topic file of docs/rules/ ---
    s/\(R-EV-366, rules §12 cases 39–40\)/(R-EV-366; examples in docs\/rules\/evaluation.md)/g;
    s/; rules §12 cases 21–23\)/; docs\/rules\/quotas.md)/g;
    s/\(rules §12 cases 16–17\)/(docs\/rules\/quotas.md)/g;
    s/\(R-COEF-1, rules §12 cases 19–20\)/(R-COEF-1; docs\/rules\/quotas.md)/g;
    s/\(rules §8\.1, §12 case 42\)/(docs\/rules\/calendar.md)/g;
    s/\(rules §12 case 23\)/(docs\/rules\/quotas.md)/g;
    s/\(rules §12 case 28\)/(R-APPAGE-5; docs\/rules\/age.md)/g;
    s/\(rules §12 case 1\)/(R-QUO-1; docs\/rules\/votes.md)/g;
    s/\(rules §12 case 38\)/(R-DIS-P1; docs\/rules\/discipline.md)/g;
    s/open end, rules §12 case 38/open end, R-DIS-P1/g;
    s/\(rules §8\.4, §12 case 31\)/(docs\/rules\/calendar.md, month periods)/g;
    s/\(rules §1, §12 case 6\)/(docs\/rules\/votes.md)/g;
    s/\(rules §10 question (\d+) default\)/(docs\/rules\/open-questions.md, question $1)/g;
    s/\(rules §10 question (\d+)\)/(docs\/rules\/open-questions.md, question $1)/g;
    s/; rules §10 question (\d+)\)/; docs\/rules\/open-questions.md, question $1)/g;
    s/rules §10 asks which reading the Party texts intend/docs\/rules\/open-questions.md (question 8) asks which reading the Party texts intend/g;
    s{\(rules §12 case (\d+)\)}{"(docs/rules/" . topic($1) . ")"}ge;
    s/\(rules §8\.1, §8\.3; R-AUTH-2\)/(R-AUTH-2; docs\/rules\/calendar.md)/g;
    s/\(R-AUTH-2; rules §8\.3\)/(R-AUTH-2; docs\/rules\/calendar.md)/g;
    s/\(rules §8\.3\)/(R-AUTH-2; docs\/rules\/calendar.md)/g;
    s/\(rules §8\.2, §8\.4\)/(docs\/rules\/calendar.md, month periods)/g;
    s/^(\s*\/\/\/ )rules §8\.2, §8\.4\)/$1docs\/rules\/calendar.md)/g;
    s/\(rules §8\.2: that would lengthen a penalty\)/(docs\/rules\/calendar.md: that would lengthen a penalty)/g;
    s/\(BLDS 2015 Điều 147–148 \(rules §8\.2\)/(BLDS 2015 Điều 147–148, docs\/rules\/calendar.md/g;
    s/BLDS 2015 Điều 147–148 \(rules §8\.2\)/BLDS 2015 Điều 147–148 (docs\/rules\/calendar.md)/g;
    s/civil-code month end, rules §8\.2/civil-code month end, docs\/rules\/calendar.md/g;
    s/\(rules §8\.4\)/(docs\/rules\/calendar.md, month periods)/g;
    s/\[V, rules §8\.1\]/[V]/g;
    s/\[(\w), rules §8\.\d\]/[$1]/g;
    s/\(R-AGE-4, rules §4\.2\)/(R-AGE-4; docs\/rules\/age.md)/g;
    s/\(rules §4\.2\)/(docs\/rules\/age.md)/g;
    s/\(convention A of rules §4\.3, which/(the HD 06 method of docs\/rules\/age.md, which/g;
    s/rules §4\.2 <c>mi\(y, m\)<\/c>/docs\/rules\/age.md/g;
    s/rules §4\.2, §11 sanity value/docs\/rules\/age.md, example/g;
    s/rules §4\), so/R-AGE-4, docs\/rules\/age.md), so/g;
    s/\(rules §5\.1\)/(docs\/rules\/discipline.md)/g;
    s/\(rules §5\.2\)/(docs\/rules\/discipline.md)/g;
    s/\(rules §5\)/(docs\/rules\/discipline.md)/g;
    s/\(rules §6\)/(docs\/rules\/evaluation.md)/g;
    s/the rules \(rules §0\)/the rules (R-REG-1, docs\/rules\/rule-sets.md)/g;
    s/\(rules §0\)/(R-REG-1, docs\/rules\/rule-sets.md)/g;
    s/\(rules §2\.5 default\)/(R-QUO-1; docs\/rules\/votes.md)/g;
    s/\(rules §2\.5–2\.6\)/(docs\/rules\/procedures.md)/g;
    s/\(rules §2\.5, §2\.6; Kế hoạch 331\/KH-SCT, mục B\.IV, kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục II\)/(docs\/rules\/procedures.md: Kế hoạch 331\/KH-SCT, mục B.IV; kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục II)/g;
    s/\(rules §2\.5, §2\.6\)/(docs\/rules\/procedures.md)/g;
    s/\(rules §2\.5, §2\.6\): /(docs\/rules\/procedures.md): /g;
    s/\(4 bước, rules §2\.6\)/(4 bước, docs\/rules\/procedures.md)/g;
    s/\(rules §2\.6 step 1\)/(docs\/rules\/procedures.md, review step 1)/g;
    s/\(rules §2\.6, R-USE-3\)/(R-USE-3; docs\/rules\/procedures.md)/g;
    s/\(rules §2\.2 R-EFF-2\)/(R-EFF-2)/g;
    s/\(rules §3, vote tally sheet\)/(R-SECRET-1; docs\/rules\/votes.md, tally sheet)/g;
    s/\(rules §3, "Forms"\)/(docs\/rules\/votes.md, tally sheet)/g;
    s/; rules §1, §11\./; docs\/rules\/votes.md./g;
    s/\(rules §11\)/(docs\/rules\/votes.md)/g;
    s/\(rules §1: /(docs\/rules\/votes.md: /g;
    s/recorded, never a base; rules §1\)/recorded, never a base; docs\/rules\/votes.md)/g;
    s/the title a cadre is planned for \(rules §1\)/the title a cadre is planned for (docs\/glossary.md)/g;
    s/^(\s*\/\/\/ )\(rules §1\)\./$1(docs\/glossary.md)./g;
    s/\(rules §1\)/(docs\/rules\/votes.md)/g;
    # --- fallbacks: a case of the old digest becomes the topic file holding that example ---
    s/rules §8\.1 reference table; §12 case 41 \(2030\)/R-CAL-1 and the Tết checks of docs\/rules\/calendar.md (2030)/g;
    s/rules §4\.3 \((?:seed 001|Kế hoạch 331\/KH-SCT) cut-offs at reference 04\/2022\) and §11 sanity values/R-AGE-4: the cut-offs of Kế hoạch 331\/KH-SCT at 04\/2022 and the examples of docs\/rules\/age.md/g;
    s{rules §12 cases? (\d+)((?:(?:–| and |, )\d+)*)}{"the example" . ($2 ? "s" : "") . " of docs/rules/" . topic($1)}ge;
    s/\(case 28, see AppointmentAgeRuleTests\)/(see AppointmentAgeRuleTests)/g;
    s/rules §8\.[1-4]/docs\/rules\/calendar.md/g;
    s/rules §8\b/docs\/rules\/calendar.md/g;
    s/rules §4\.[1-3]/docs\/rules\/age.md/g;
    s/rules §4\b/docs\/rules\/age.md/g;
    s/rules §5\.[12]/docs\/rules\/discipline.md/g;
    s/rules §5\b/docs\/rules\/discipline.md/g;
    s/rules §6\b/docs\/rules\/evaluation.md/g;
    s/rules §2\.5(?:, §|–)2\.6/docs\/rules\/procedures.md/g;
    s/rules §2\.[56]/docs\/rules\/procedures.md/g;
    s/rules §2\b/docs\/rules\/rule-sets.md/g;
    s/rules §1\b/docs\/rules\/votes.md/g;
    # --- product and architecture notes ---
    s/\(product\.md roles\)/(docs\/security.md, "Ai được xem gì")/g;
    s/\(product\.md, "Who uses it"\)/(docs\/security.md, "Ai được xem gì")/g;
    s/\(product\.md, "Scope"\)/(docs\/security.md, "Ai được xem gì")/g;
    s/ \(architecture\.md\)//g;
    s/Product\.md lets inspectors read "the tally evidence"/The role of inspectors (docs\/security.md) includes reading the tally evidence/g;
    s/\(architecture\.md\);/;/g;
    s/Kế hoạch 331\/KH-SCT \(Kế hoạch 331\/KH-SCT\)/Kế hoạch 331\/KH-SCT/g;
    # --- table cells of docs/glossary.md (run: scripts/fix-citations.sh docs/glossary.md) ---
    s/\| product\.md "Who uses it" \|/| docs\/security.md ("Ai được xem gì") |/g;
    s/\| product\.md "Scope"/| docs\/security.md ("Ai được xem gì")/g;
    s/\| architecture\.md "names sort the Vietnamese way" \|/| docs\/adr\/0001-postgresql-only.md (ICU collation) |/g;
    s/\| architecture\.md \|/| docs\/adr\/0005-audit-log.md |/g;
    s/\| seed 001 \|/| Kế hoạch 331\/KH-SCT (docs\/rules\/plans.md) |/g;
    s/rules §2\.5, §2\.6 \|/docs\/rules\/procedures.md |/g;
    s/R-USE-3, rules §2\.6 \|/R-USE-3, docs\/rules\/procedures.md |/g;
    s{\| rules §12 case (\d+) \|}{"| docs/rules/" . topic($1) . " |"}ge;
    # --- a rule id that does not exist ---
    s/\(R-VOTE-4\)/(R-VOTE-50C)/g;
' "${files[@]}"

echo "fix-citations: ${#files[@]} file(s) processed"
grep -niP 'rules §|rules\.md|seeds? 0\d\d|\(seeds?\b|product\.md|architecture\.md|\.\./shared|spec/|(?:\(|, |; |^\s*(?:///|//|\*)\s*)§\d|§1[0-2] (?:case|question)' "${files[@]}" || true

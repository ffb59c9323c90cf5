#!/usr/bin/env bash
# vledger beside ledger-cli, hledger and Beancount on the same township year, in one run (issue 8).
#
# For each N it writes a township's year with `vledger demo generate` (20 villages, both books): the clerks' CSV,
# and the same transactions as a ledger journal and a Beancount file. Each step then runs RUNS times (default 3)
# and the median wall time and median peak memory (/usr/bin/time) are quoted, with the ratio of each to
# `ledger -f … bal` on the same transactions:
#   peers:   ledger bal, hledger bal, bean-check, and sqlite3's own .import of the CSV plus one GROUP BY (the floor
#            for any engine on SQLite);
#   floors:  sqlite3 alone writing the same vouchers into vledger's schema, with every constraint, index and trigger
#            (store-floor.sql: the least any import into this store can cost), and doing approve + post as
#            set-based SQL (post-floor.sql: the approvals, events, numbers, seals and totals both must write);
#   vledger: import vouchers; approvals run --approve (one-tier policy) and voucher post; trial balance (one book),
#            balance sheet (one book) and the township view on the posted year; and the whole pipeline (import,
#            approve, post, trial balance) as one timed script.
# The table goes to stdout and to bench/RESULTS.md, with bench/results.png (time against N, log-log).
#
# usage: bench/run.sh [N ...]        default: 10000 100000 1000000; RUNS=5 bench/run.sh 100000 for more runs;
#        LARGE_RUNS=1 runs the sizes of 1,000,000 and more once
# needs: apt-get install ledger hledger beancount sqlite3 gnuplot-nox time
set -euo pipefail
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
runs=${RUNS:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# vledger as a township installs it: published for this machine with ReadyToRun, so that each command starts from
# precompiled code rather than paying the JIT for its first seconds.
dotnet publish "$here/../Ledger.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/vledger" -v q -nologo >/dev/null
vledger="$work/vledger/vledger"
results="$work/results.tsv"
: >"$results"

timed() { # name, command...: runs the command and appends "name seconds kib" to $work/times
  local name=$1
  shift
  /usr/bin/time -o "$work/t" -f '%e %M' "$@" >/dev/null
  echo "$name $(cat "$work/t")" >>"$work/times"
}

store() { # folder: a store with the villages, the bank sub-account in every book, the users and a one-tier policy
  local db="$1/empty.db"
  $vledger init --township 330424101 --name 基准镇 --admin admin --no-passwords --db "$db" >/dev/null
  $vledger import villages "$1/villages.csv" --db "$db" --user admin >/dev/null
  printf '科目编码,科目名称\n10201,银行存款-基本户\n' >"$1/accounts.csv"
  for v in $(cut -d, -f1 "$1/villages.csv" | tail -n +2); do
    for k in collective committee; do
      $vledger import accounts "$1/accounts.csv" --book "$v/$k" --db "$db" --user admin >/dev/null
    done
  done
  $vledger user add clerk --role clerk --db "$db" --user admin >/dev/null
  $vledger user add reviewer --role township-reviewer --db "$db" --user admin >/dev/null
  $vledger user add accountant --role township-accountant --db "$db" --user admin >/dev/null
  printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false}' >"$1/policy.json"
  printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false, "carry_income": "monthly"}' >"$1/monthly.json"
  $vledger policy import "$1/policy.json" --db "$db" --user admin >/dev/null
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in "${sizes[@]}"; do
  data="$work/$n"
  $vledger demo generate --vouchers "$n" --out "$data" >/dev/null
  store "$data"
  csv="$data/vouchers-$n.csv"
  : >"$work/times"
  cat >"$data/pipeline.sh" <<SCRIPT
set -e
$vledger import vouchers "$csv" --db "$data/pipe.db" --user clerk
$vledger approvals run --period 2024 --approve --db "$data/pipe.db" --user reviewer
$vledger voucher post --period 2024 --db "$data/pipe.db" --user accountant
$vledger report trial-balance --book V001/collective --period 2024 --db "$data/pipe.db"
SCRIPT
  # A million vouchers take minutes per step, so LARGE_RUNS (default RUNS) may run them fewer times.
  runs_here=$runs
  [ "$n" -lt 1000000 ] || runs_here=${LARGE_RUNS:-$runs}
  for run in $(seq "$runs_here"); do
    echo "N=$n run $run/$runs_here" >&2
    timed ledger ledger -f "$data/vouchers-$n.journal" bal
    timed hledger hledger -f "$data/vouchers-$n.journal" bal
    timed beancount bean-check --no-cache "$data/vouchers-$n.beancount"
    rm -f "$data/floor.db"
    timed sqlite sqlite3 "$data/floor.db" -cmd ".mode csv" ".import $csv line" \
      "SELECT 村编码, 账套, 科目编码, sum(借方金额), sum(贷方金额) FROM line GROUP BY 1, 2, 3;"
    cp "$data/empty.db" "$data/run.db"
    timed import $vledger import vouchers "$csv" --db "$data/run.db" --user clerk
    # The floors under import and under approve + post: sqlite3 alone writing the same vouchers into vledger's
    # schema (bench/store-floor.sql, bench/post-floor.sql). The staged copy leaves out the import's file record,
    # which the empty store does not have.
    rm -f "$data/staged.db" "$data/floor-store.db" "$data/floor-post.db"
    sqlite3 "$data/staged.db" "ATTACH '$data/run.db' AS r; CREATE TABLE voucher_content AS SELECT * FROM r.voucher_content;
      UPDATE voucher_content SET import_id = NULL; CREATE TABLE voucher_line AS SELECT * FROM r.voucher_line ORDER BY voucher_id, line_no;"
    sqlite3 "$data/run.db" ".backup '$data/floor-post.db'"
    cp "$data/empty.db" "$data/floor-store.db"
    timed storefloor sqlite3 "$data/floor-store.db" "ATTACH '$data/staged.db' AS s" ".read $here/store-floor.sql"
    timed postfloor sqlite3 "$data/floor-post.db" ".read $here/post-floor.sql"
    timed approve $vledger approvals run --period 2024 --approve --db "$data/run.db" --user reviewer
    timed post $vledger voucher post --period 2024 --db "$data/run.db" --user accountant
    timed trial $vledger report trial-balance --book V001/collective --period 2024 --db "$data/run.db"
    timed sheet $vledger report balance-sheet --book V001/collective --period 2024-12 --db "$data/run.db"
    timed township $vledger report township --period 2024 --db "$data/run.db"
    timed summary $vledger report summary --statement income --kind collective --period 2024 --db "$data/run.db"
    # The month's end (issue 19): closing January for every book under the monthly carry, on a copy of the posted year.
    cp "$data/run.db" "$data/close.db"
    $vledger policy import "$data/monthly.json" --db "$data/close.db" --user admin >/dev/null
    timed close $vledger period close 2024-01 --all --db "$data/close.db" --user accountant
    cp "$data/empty.db" "$data/pipe.db"
    timed pipeline bash "$data/pipeline.sh"
  done
  for step in ledger hledger beancount sqlite storefloor postfloor import approve post trial sheet township summary close pipeline; do
    t=$(awk -v s="$step" '$1 == s {print $2}' "$work/times" | median)
    m=$(awk -v s="$step" '$1 == s {print $3}' "$work/times" | median)
    echo "$n $step $t $m" >>"$results"
  done
  rm -rf "$data"
done

label() {
  case $1 in
  ledger) echo "ledger-cli \`bal\`" ;;
  hledger) echo "hledger \`bal\`" ;;
  beancount) echo "Beancount \`bean-check\`" ;;
  sqlite) echo "sqlite3 \`.import\` + GROUP BY (the floor for any engine on SQLite)" ;;
  storefloor) echo "sqlite3 alone: the vouchers into vledger's store (the floor under import)" ;;
  postfloor) echo "sqlite3 alone: approve + post as set-based SQL (the floor under both)" ;;
  import) echo "vledger import vouchers" ;;
  approve) echo "vledger approvals run --approve" ;;
  post) echo "vledger voucher post" ;;
  trial) echo "vledger report trial-balance (one book, the year)" ;;
  sheet) echo "vledger report balance-sheet (one book)" ;;
  township) echo "vledger report township (every book, the year)" ;;
  summary) echo "vledger report summary --statement income (every collective summed, the year)" ;;
  close) echo "vledger period close 2024-01 --all (every book, monthly carry)" ;;
  pipeline) echo "vledger pipeline: import, approve, post, trial balance" ;;
  esac
}

{
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB;"
  echo "$(ledger --version | head -1), hledger $(hledger --version | awk '{print $2}' | tr -d ,), $(bean-check --version 2>&1 | head -1), sqlite3 $(sqlite3 --version | cut -d' ' -f1), .NET $(dotnet --version)."
  echo "Medians of $runs runs (${LARGE_RUNS:-$runs} at 1,000,000 vouchers and more); the ratio is to ledger-cli's \`bal\` on the same transactions."
  echo
  echo "| N vouchers | step | wall s | peak MiB | ratio to ledger-cli |"
  echo "|---:|---|---:|---:|---:|"
  while read -r n step t m; do
    lt=$(awk -v n="$n" '$1 == n && $2 == "ledger" {print $3}' "$results")
    echo "| $n | $(label "$step") | $t | $((m / 1024)) | $(awk -v a="$t" -v b="$lt" 'BEGIN {printf "%.2f", a / b}') |"
  done < <(awk '!seen[$1 " " $2]++' "$results")
} | tee "$here/RESULTS.md"

if command -v gnuplot >/dev/null; then
  plot=""
  for step in ledger hledger beancount sqlite storefloor import pipeline trial; do
    awk -v s="$step" '$2 == s {print $1, $3}' "$results" >"$work/$step.dat"
    plot+="'$work/$step.dat' using 1:2 with linespoints title '$(label "$step" | tr -d "\`'")',"
  done
  gnuplot -e "set terminal png size 900,560; set output '$here/results.png'; set logscale xy; set key left top;
    set xlabel 'vouchers'; set ylabel 'wall seconds (median)'; set grid; plot ${plot%,}"
  echo "chart: bench/results.png" >&2
fi

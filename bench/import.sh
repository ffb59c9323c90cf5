#!/usr/bin/env bash
# Import benchmark: vledger's import of N vouchers against ledger-cli's read (`bal`) of the same transactions,
# in one run, each timed RUNS times; prints the medians of wall time and peak memory and the ratio to ledger-cli.
# usage: bench/import.sh [N] [RUNS]     (needs python3, ledger; /usr/bin/time from the 'time' package)
set -euo pipefail
n=${1:-100000}
runs=${2:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$here/../Ledger.Cli" -v q -nologo >/dev/null
vledger="dotnet $here/../Ledger.Cli/bin/Release/net10.0/vledger.dll"
python3 "$here/gen_township.py" "$n" "$work"

# A store with the villages, the bank sub-account in every book, and a township clerk who keeps every book.
$vledger init --township 330424101 --name 基准镇 --admin admin --db "$work/empty.db" >/dev/null
$vledger import villages "$work/villages.csv" --db "$work/empty.db" --user admin >/dev/null
for v in $(seq -f 'V%03g' 1 20); do
  for k in collective committee; do
    $vledger account add --book "$v/$k" 10201 银行存款-基本户 --db "$work/empty.db" --user admin >/dev/null
  done
done
$vledger user add clerk --role clerk --db "$work/empty.db" --user admin >/dev/null

measure() { # label, command...: prints "seconds kib"
  local out; out=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null 2>"$work/err"; } 2>&1 | tail -1 )
  echo "$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/ledger"; : >"$work/vledger"
for _ in $(seq "$runs"); do
  measure ledger -f "$work/vouchers-$n.journal" bal >>"$work/ledger"
  cp "$work/empty.db" "$work/run.db"
  measure $vledger import vouchers "$work/vouchers-$n.csv" --db "$work/run.db" --user clerk >>"$work/vledger"
done
lt=$(cut -d' ' -f1 "$work/ledger" | median); lm=$(cut -d' ' -f2 "$work/ledger" | median)
vt=$(cut -d' ' -f1 "$work/vledger" | median); vm=$(cut -d' ' -f2 "$work/vledger" | median)
echo "| N | tool | wall s (median of $runs) | peak MiB | ratio to ledger-cli |"
echo "|---|---|---|---|---|"
echo "| $n | ledger-cli bal | $lt | $((lm / 1024)) | 1.00 |"
echo "| $n | vledger import vouchers | $vt | $((vm / 1024)) | $(awk -v a="$vt" -v b="$lt" 'BEGIN {printf "%.2f", a / b}') |"

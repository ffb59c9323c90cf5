#!/usr/bin/env bash
# The township pipeline beside ledger-cli, on the same transactions, in one run: vledger's import, approval run
# (one-tier policy, no budget rule) plus posting, and trial balance, against `ledger -f bal` on the same journal.
# Each step runs RUNS times on a fresh copy of the store; the medians of wall time and peak memory are printed
# with the ratio of each to ledger-cli's read.
# usage: bench/township.sh [N] [RUNS]     (needs python3, ledger, and /usr/bin/time from the 'time' package)
set -euo pipefail
n=${1:-100000}
runs=${2:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$here/../Ledger.Cli" -v q -nologo >/dev/null
vledger="dotnet $here/../Ledger.Cli/bin/Release/net10.0/vledger.dll"
python3 "$here/gen_township.py" "$n" "$work"

# A store with the villages, the bank sub-account in every book, a township clerk, and a one-tier policy.
db="$work/empty.db"
$vledger init --township 330424101 --name 基准镇 --admin admin --db "$db" >/dev/null
$vledger import villages "$work/villages.csv" --db "$db" --user admin >/dev/null
for v in $(seq -f 'V%03g' 1 20); do
  for k in collective committee; do
    $vledger account add --book "$v/$k" 10201 银行存款-基本户 --db "$db" --user admin >/dev/null
  done
done
$vledger user add clerk --role clerk --db "$db" --user admin >/dev/null
$vledger user add reviewer --role township-reviewer --db "$db" --user admin >/dev/null
$vledger user add accountant --role township-accountant --db "$db" --user admin >/dev/null
printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false}' >"$work/policy.json"
$vledger policy import "$work/policy.json" --db "$db" --user admin >/dev/null

timed() { # file, command...: appends "seconds kib"
  local file=$1; shift
  /usr/bin/time -o "$work/t" -f '%e %M' "$@" >/dev/null
  cat "$work/t" >>"$file"
}
for _ in $(seq "$runs"); do
  timed "$work/ledger" ledger -f "$work/vouchers-$n.journal" bal
  cp "$db" "$work/run.db"
  timed "$work/import" $vledger import vouchers "$work/vouchers-$n.csv" --db "$work/run.db" --user clerk
  timed "$work/approve" $vledger approvals run --period 2024 --approve --db "$work/run.db" --user reviewer
  timed "$work/post" $vledger voucher post --period 2024 --db "$work/run.db" --user accountant
  timed "$work/trial" $vledger report trial-balance --book V001/collective --period 2024 --db "$work/run.db"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
lt=$(cut -d' ' -f1 "$work/ledger" | median)
echo "| N vouchers | step | wall s (median of $runs) | peak MiB | ratio to ledger-cli bal |"
echo "|---|---|---|---|---|"
for step in ledger import approve post trial; do
  t=$(cut -d' ' -f1 "$work/$step" | median); m=$(cut -d' ' -f2 "$work/$step" | median)
  name=$(case $step in ledger) echo "ledger-cli bal";; import) echo "vledger import vouchers";; approve) echo "vledger approvals run --approve";;
    post) echo "vledger voucher post";; trial) echo "vledger report trial-balance (one book, the year)";; esac)
  echo "| $n | $name | $t | $((m / 1024)) | $(awk -v a="$t" -v b="$lt" 'BEGIN {printf "%.2f", a / b}') |"
done

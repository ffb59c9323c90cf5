#!/usr/bin/env bash
# The township returns at scale (issue 21): a year of N vouchers (default 1,000,000) over V villages (default 75, so
# 150 books), imported, approved and posted, then each return summed over every village RUNS times (default 3):
# report summary (income and balance sheet, each kind of book: 75 books a command), report stats (表六, 表七) and
# report inventory (农清明细19-1). Prints each step's wall time and peak memory per run.
#
# usage: bench/returns.sh [N] [V]
set -euo pipefail
n=${1:-1000000}
villages=${2:-75}
runs=${RUNS:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$here/../Ledger.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/vledger" -v q -nologo >/dev/null
vledger="$work/vledger/vledger"
db="$work/b.db"
$vledger demo generate --vouchers "$n" --villages "$villages" --out "$work/data" >/dev/null
$vledger init --township 330424101 --name 基准镇 --admin admin --no-passwords --db "$db" >/dev/null
$vledger import villages "$work/data/villages.csv" --db "$db" --user admin >/dev/null
printf '科目编码,科目名称\n10201,银行存款-基本户\n' >"$work/accounts.csv"
for v in $(cut -d, -f1 "$work/data/villages.csv" | tail -n +2); do
  for k in collective committee; do
    $vledger import accounts "$work/accounts.csv" --book "$v/$k" --db "$db" --user admin >/dev/null
  done
done
for u in clerk:clerk reviewer:township-reviewer accountant:township-accountant; do
  $vledger user add "${u%%:*}" --role "${u#*:}" --db "$db" --user admin >/dev/null
done
printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false}' >"$work/policy.json"
$vledger policy import "$work/policy.json" --db "$db" --user admin >/dev/null
$vledger import vouchers "$work/data/vouchers-$n.csv" --db "$db" --user clerk >/dev/null
$vledger approvals run --period 2024 --approve --db "$db" --user reviewer >/dev/null
$vledger voucher post --period 2024 --db "$db" --user accountant >/dev/null
for run in $(seq "$runs"); do
  for step in "summary-income-collective:report summary --statement income --kind collective --period 2024" \
              "summary-income-committee:report summary --statement income --kind committee --period 2024" \
              "summary-balance-collective:report summary --statement balance-sheet --kind collective --period 2024-12" \
              "summary-balance-committee:report summary --statement balance-sheet --kind committee --period 2024-12" \
              "stats-6:report stats --table 6 --year 2024" "stats-7:report stats --table 7 --year 2024" \
              "inventory:report inventory --year 2024"; do
    /usr/bin/time -f "${step%%:*} run $run: %e s, %M KiB" $vledger ${step#*:} --db "$db" --format json >/dev/null
  done
done

#!/usr/bin/env bash
# What proving who acts costs (issue 23): the same township year imported, approved, posted and verified in a store
# made with --no-passwords and in one made with passwords, whose users act through login sessions and whose every
# approval and posting run is signed. Each step runs RUNS times (default 3); medians of wall time are quoted, with the
# ratio of the proven store to the unproven one.
#
# usage: bench/proof.sh [N]      default 100000
set -euo pipefail
n=${1:-100000}
runs=${RUNS:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish "$here/../Ledger.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/vledger" -v q -nologo >/dev/null
vledger="$work/vledger/vledger"
export XDG_CONFIG_HOME="$work/config"
data="$work/data"
$vledger demo generate --vouchers "$n" --out "$data" >/dev/null
printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false}' >"$data/policy.json"
printf '科目编码,科目名称\n10201,银行存款-基本户\n' >"$data/accounts.csv"
printf 'Town#pass-1\n' >"$data/admin.pw"
printf 'Book#pass-2\n' >"$data/clerk.pw"
printf 'Check#pass-3\n' >"$data/reviewer.pw"
printf 'Post#pass-4\n' >"$data/accountant.pw"

store() { # mode (names|passwords), db: a store with the villages, the bank sub-account in every book, the users and a one-tier policy
  local mode=$1 db=$2
  if [ "$mode" = names ]; then
    $vledger init --township 330424101 --name 基准镇 --admin admin --no-passwords --db "$db" >/dev/null
  else
    $vledger init --township 330424101 --name 基准镇 --admin admin --password-stdin --db "$db" <"$data/admin.pw" >/dev/null
    $vledger login --user admin --password-stdin --db "$db" <"$data/admin.pw" >/dev/null
  fi
  $vledger import villages "$data/villages.csv" --db "$db" --user admin >/dev/null
  for v in $(cut -d, -f1 "$data/villages.csv" | tail -n +2); do
    for k in collective committee; do
      $vledger import accounts "$data/accounts.csv" --book "$v/$k" --db "$db" --user admin >/dev/null
    done
  done
  for u in clerk:clerk reviewer:township-reviewer accountant:township-accountant; do
    $vledger user add "${u%%:*}" --role "${u#*:}" --password-stdin --db "$db" --user admin <"$data/${u%%:*}.pw" >/dev/null
    [ "$mode" = names ] || $vledger login --user "${u%%:*}" --password-stdin --db "$db" <"$data/${u%%:*}.pw" >/dev/null
  done
  $vledger policy import "$data/policy.json" --db "$db" --user admin >/dev/null
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: >"$work/times"
for mode in names passwords; do
  store "$mode" "$data/empty-$mode.db"
done
for run in $(seq "$runs"); do
  for mode in names passwords; do
    echo "N=$n $mode run $run/$runs" >&2
    db="$data/run-$mode.db"
    cp "$data/empty-$mode.db" "$db"
    for step in "import:import vouchers $data/vouchers-$n.csv --user clerk" "approve:approvals run --period 2024 --approve --user reviewer" \
                "post:voucher post --period 2024 --user accountant" "verify:verify"; do
      /usr/bin/time -o "$work/t" -f '%e' $vledger ${step#*:} --db "$db" >/dev/null
      echo "$mode ${step%%:*} $(cat "$work/t")" >>"$work/times"
    done
  done
done
printf '| step (N=%s, median of %s) | --no-passwords (s) | passwords, signed (s) | ratio |\n|---|---:|---:|---:|\n' "$n" "$runs"
for step in import approve post verify; do
  a=$(awk -v s="$step" '$1 == "names" && $2 == s {print $3}' "$work/times" | median)
  b=$(awk -v s="$step" '$1 == "passwords" && $2 == s {print $3}' "$work/times" | median)
  printf '| %s | %s | %s | %s |\n' "$step" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')"
done

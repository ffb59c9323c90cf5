#!/usr/bin/env bash
# The PostgreSQL store beside the SQLite file (issue 22). A township's year from `vledger demo generate` (20 villages,
# both books) is run two ways on each store:
#   pipeline: one office imports the whole year, approves it and posts it (3 commands), then a trial balance;
#   offices:  the villages split among 4 offices, each importing its 5 villages' file, approving village by village
#             and posting book by book (16 commands per office); the 4 offices run one after another (1 writer),
#             two at a time (2 writers) and all at once (4 writers). On SQLite every writer waits for the file's one
#             write lock; on PostgreSQL writers of different books go side by side.
# ledger-cli's `bal` on the same transactions runs in the same run, as the peer. Each case runs RUNS times
# (default 3); medians of wall time are quoted, with vouchers per second. The server is a throwaway cluster
# (.ci/postgres) on this machine with PostgreSQL's durable defaults (fsync on), reached over 127.0.0.1.
#
# usage: bench/postgres.sh [N]      default 100000
set -euo pipefail
n=${1:-100000}
runs=${RUNS:-3}
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
# The cluster's folder of its own, which the postgres user can reach (the work folder is root's alone).
cluster="$(mktemp -d /tmp/vledger-bench-pg.XXXXXX)"
trap '"$here/../.ci/postgres" stop "$cluster"; rm -rf "$work"' EXIT
eval "$(PG_DURABLE=1 "$here/../.ci/postgres" start "$cluster")"
server=${VLEDGER_TEST_POSTGRES%/postgres}
dotnet publish "$here/../Ledger.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/vledger" -v q -nologo >/dev/null
vledger="$work/vledger/vledger"
data="$work/data"
$vledger demo generate --vouchers "$n" --out "$data" >/dev/null
csv="$data/vouchers-$n.csv"
printf '{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false}' >"$data/policy.json"
printf '科目编码,科目名称\n10201,银行存款-基本户\n' >"$data/accounts.csv"
villages=$(cut -d, -f1 "$data/villages.csv" | tail -n +2)

# The year's file split into 4 offices' files of 5 villages each; a voucher's continuation rows follow its first row.
for office in 1 2 3 4; do head -1 "$csv" >"$data/office-$office.csv"; done
awk -F, -v dir="$data" 'NR > 1 { if ($1 != "") { v = substr($1, 2) + 0; office = int((v - 1) / 5) + 1 } print >> (dir "/office-" office ".csv") }' "$csv"

new_store() { # db
  local db=$1
  $vledger init --township 330424101 --name 基准镇 --admin admin --no-passwords --db "$db" >/dev/null
  $vledger import villages "$data/villages.csv" --db "$db" --user admin >/dev/null
  for v in $villages; do
    for k in collective committee; do $vledger import accounts "$data/accounts.csv" --book "$v/$k" --db "$db" --user admin >/dev/null; done
  done
  for u in clerk:clerk reviewer:township-reviewer accountant:township-accountant; do
    $vledger user add "${u%%:*}" --role "${u#*:}" --db "$db" --user admin >/dev/null
  done
  $vledger policy import "$data/policy.json" --db "$db" --user admin >/dev/null
}

office() { # db office: one office's year, from its file to its posted books
  local db=$1 office=$2
  $vledger import vouchers "$data/office-$office.csv" --db "$db" --user clerk >/dev/null
  for i in 1 2 3 4 5; do
    local v; v=$(printf 'V%03d' $(( (office - 1) * 5 + i )))
    $vledger approvals run --period 2024 --village "$v" --approve --db "$db" --user reviewer >/dev/null
    for k in collective committee; do $vledger voucher post --period 2024 --book "$v/$k" --db "$db" --user accountant >/dev/null; done
  done
}

# One empty township per store, set up once and copied for every case: the file copied, the database made from it
# as a template.
new_store "$data/template.db"
psql -q "$VLEDGER_TEST_POSTGRES" -c "CREATE DATABASE bench_template TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'" >/dev/null
new_store "$server/bench_template"
fresh() { # store name → its address, an empty township
  local name=$1
  if [ "$name" = sqlite ]; then rm -f "$data/s.db"*; cp "$data/template.db" "$data/s.db"; echo "$data/s.db"; return; fi
  psql -q "$VLEDGER_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench TEMPLATE bench_template" >/dev/null
  echo "$server/bench"
}

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: >"$work/times"
for run in $(seq "$runs"); do
  echo "N=$n run $run/$runs" >&2
  t0=$(now); ledger -f "$data/vouchers-$n.journal" bal >/dev/null; echo "ledger-cli bal $(echo "$(now) - $t0" | bc)" >>"$work/times"
  for store in sqlite postgres; do
    db=$(fresh $store)
    t0=$(now)
    $vledger import vouchers "$csv" --db "$db" --user clerk >/dev/null
    $vledger approvals run --period 2024 --approve --db "$db" --user reviewer >/dev/null
    $vledger voucher post --period 2024 --db "$db" --user accountant >/dev/null
    $vledger report trial-balance --book V001/collective --period 2024 --db "$db" >/dev/null
    echo "$store pipeline $(echo "$(now) - $t0" | bc)" | tee -a "$work/times" >&2
    [ "$run" = 1 ] && $vledger verify --db "$db" | head -1 >&2
    for writers in 1 2 4; do
      db=$(fresh $store)
      t0=$(now)
      for start in $(seq 1 "$writers" 4); do
        for office in $(seq "$start" $(( start + writers - 1 ))); do office "$db" "$office" & done
        wait
      done
      echo "$store offices-$writers $(echo "$(now) - $t0" | bc)" | tee -a "$work/times" >&2
      if [ "$run" = 1 ]; then $vledger verify --db "$db" | head -1 >&2; fi
    done
  done
done

peer=$(awk '$1 == "ledger-cli" {print $3}' "$work/times" | median)
printf '| N=%s, median of %s | SQLite file: s | vouchers/s | × ledger-cli | PostgreSQL: s | vouchers/s | × ledger-cli |\n|---|---:|---:|---:|---:|---:|---:|\n' "$n" "$runs"
printf '| ledger-cli bal (peer) | %.2f | | 1.00 | | | |\n' "$peer"
for case in pipeline offices-1 offices-2 offices-4; do
  a=$(awk -v c="$case" '$1 == "sqlite" && $2 == c {print $3}' "$work/times" | median)
  b=$(awk -v c="$case" '$1 == "postgres" && $2 == c {print $3}' "$work/times" | median)
  awk -v c="$case" -v a="$a" -v b="$b" -v n="$n" -v p="$peer" 'BEGIN {printf "| %s | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f |\n", c, a, n / a, a / p, b, n / b, b / p}'
done

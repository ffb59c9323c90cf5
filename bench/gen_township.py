#!/usr/bin/env python3
"""Writes a township's year of vouchers twice: as the clerks' CSV that `vledger import vouchers` reads (book per
row from 村编码 + 账套) and as the same transactions in a ledger journal, so both tools read the same data.

usage: gen_township.py N OUT_DIR   (N vouchers over 20 villages, both books; seed fixed for repeatable runs)"""
import os
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
villages = 20
random.seed(7)
os.makedirs(out, exist_ok=True)
income = {'collective': ['501', '502', '504'], 'committee': ['503', '504']}
expense = ['511', '513', '514', '515']
capital = 2_000_000_000


def yuan(fen):
    return f'{fen // 100}.{fen % 100:02d}'


with open(f'{out}/villages.csv', 'w', encoding='utf-8') as f:
    f.write('村编码,村名称\n')
    for v in range(1, villages + 1):
        f.write(f'V{v:03d},村{v}\n')

with open(f'{out}/vouchers-{n}.csv', 'w', encoding='utf-8') as csv, open(f'{out}/vouchers-{n}.journal', 'w', encoding='utf-8') as journal:
    csv.write('村编码,账套,日期,凭证号,摘要,科目编码,借方金额,贷方金额,对方单位\n')
    # Each book starts with capital in the bank, so that no payment ever overdraws it.
    for v in range(1, villages + 1):
        for kind in ('collective', 'committee'):
            village = f'V{v:03d}'
            csv.write(f'{village},{kind},2024-01-01,记-0,投入资本,10201,{yuan(capital)},,\n,,,,,301,,{yuan(capital)},\n')
            journal.write(f'2024-01-01 * (记-0) 投入资本\n    {village}:{kind}:10201    {yuan(capital)} CNY\n    {village}:{kind}:301    -{yuan(capital)} CNY\n\n')
    for i in range(n):
        village = f'V{(i % villages) + 1:03d}'
        kind = 'collective' if (i // villages) % 2 == 0 else 'committee'
        month = 1 + (i * 12) // n
        date = f'2024-{month:02d}-{1 + random.randrange(28):02d}'
        number = f'记-{i + 1}'
        amount = random.randrange(100, 1000000)
        if random.random() < 0.5:
            lines = [('10201', amount, 0, ''), (random.choice(income[kind]), 0, amount, '')]
        else:
            part = random.randrange(0, amount)
            lines = [(random.choice(expense), amount - part, 0, ''), ('112', part, 0, '张三'), ('10201', 0, amount, '')]
            lines = [line for line in lines if line[1] or line[2]]
        journal.write(f'{date} * ({number}) 凭证{i}\n')
        for index, (account, debit, credit, counterparty) in enumerate(lines):
            head = f'{village},{kind},{date},{number},凭证{i}' if index == 0 else ',,,,'
            csv.write(f'{head},{account},{yuan(debit) if debit else ""},{yuan(credit) if credit else ""},{counterparty}\n')
            net = debit - credit
            journal.write(f'    {village}:{kind}:{account}    {"-" if net < 0 else ""}{yuan(abs(net))} CNY\n')
        journal.write('\n')

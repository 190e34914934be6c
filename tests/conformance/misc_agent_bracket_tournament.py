# area: realistic agent script: simulate a seeded single-elimination bracket with deterministic upset rules and print rounds
TEAMS = [("Lions", 1510), ("Tigers", 1475), ("Bears", 1620), ("Wolves", 1390), ("Hawks", 1555), ("Sharks", 1440), ("Eagles", 1500), ("Foxes", 1600)]

def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))

def play(a, b, round_no):
    ea = expected(a[1], b[1])
    upset = (len(a[0]) * 7 + len(b[0]) * 3 + round_no) % 10 == 0
    winner = (b if ea >= 0.5 else a) if upset else (a if ea >= 0.5 else b)
    loser = b if winner is a else a
    k = 32
    gain = round(k * (1 - expected(winner[1], loser[1])))
    return (winner[0], winner[1] + gain), (loser[0], loser[1] - gain), ea, upset

seeded = sorted(TEAMS, key=lambda t: -t[1])
order = [0, 7, 3, 4, 1, 6, 2, 5]
bracket = [seeded[i] for i in order]
round_no = 1
while len(bracket) > 1:
    print(f"Round {round_no}:")
    nxt = []
    for a, b in zip(bracket[::2], bracket[1::2]):
        w, l, ea, upset = play(a, b, round_no)
        print(f"  {a[0]:<7}({a[1]}) vs {b[0]:<7}({b[1]})  p={ea:.2f}  -> {w[0]}{' UPSET' if upset else ''}")
        nxt.append(w)
    bracket = nxt
    round_no += 1
print("Champion:", bracket[0][0], "rating", bracket[0][1])

# area: bisect: grade boundaries, sorted insertion with insort, range counting, key= lookups and leaderboard ranks
import bisect

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"
def grade(score):
    return GRADES[bisect.bisect(BREAKS, score)]
print([grade(s) for s in [33, 59, 60, 69.9, 70, 85, 90, 100]])

board = []
for name, score in [("ann", 88), ("bob", 95), ("cyd", 72), ("dee", 88), ("eve", 99)]:
    bisect.insort(board, (score, name))
print(board)
scores = [s for s, _ in board]
def rank(score):
    return len(scores) - bisect.bisect_right(scores, score) + 1
print({n: rank(s) for s, n in board})
print("between 80 and 95:", bisect.bisect_right(scores, 95) - bisect.bisect_left(scores, 80))
print(bisect.bisect_left(scores, 88), bisect.bisect_right(scores, 88), bisect.bisect_left(scores, 1), bisect.bisect_left(scores, 1000))

events = [(1.5, "boot"), (3.0, "login"), (7.25, "query"), (9.0, "logout")]
times = [t for t, _ in events]
for t in [0, 1.5, 5, 9, 12]:
    i = bisect.bisect_right(times, t)
    print(f"t={t}: last event = {events[i - 1][1] if i else None}")
rows = [{"ts": 10, "v": "a"}, {"ts": 20, "v": "b"}, {"ts": 30, "v": "c"}]
print(bisect.bisect_left(rows, 20, key=lambda r: r["ts"]), bisect.bisect_right(rows, 25, key=lambda r: r["ts"]))
nums = [1, 3, 5, 7]
bisect.insort_left(nums, 5)
bisect.insort_right(nums, 4)
bisect.insort(nums, 0, lo=0, hi=1)
print(nums, bisect.bisect(nums, 5, lo=2, hi=4))

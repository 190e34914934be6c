# ctrl: nested if statements and boolean conditions
def grade(score, attendance):
    if score >= 50:
        if attendance >= 0.8:
            if score >= 90:
                return "A"
            return "pass"
        else:
            return "pass-warning"
    else:
        if attendance < 0.5 or score < 20:
            return "fail-hard"
        return "fail"
cases = [(95, 0.9), (95, 0.5), (60, 0.85), (30, 0.9), (30, 0.4), (10, 1.0)]
for s, a in cases:
    print(s, a, grade(s, a))

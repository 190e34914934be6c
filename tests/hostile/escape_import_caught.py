# expect: ok
# attacks: import os inside try/except, script must be refused and continue
refused = 0
for attempt in range(3):
    try:
        import os
        print("ESCAPED", os)
    except ImportError as e:
        refused += 1
        assert type(e).__name__ == "ModuleNotFoundError", type(e).__name__
assert refused == 3
print("import refused")

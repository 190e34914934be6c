# expect: killed time
# attacks: sum(range(10**13)) inside one builtin call
print(sum(range(10**13)))

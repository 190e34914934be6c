# expect: ok
# attacks: bidi override characters (Trojan Source) inside strings and comments are inert text
access = "user\u202e \u2066// check if admin\u2069 \u2066"  # ‮ comment ⁦
is_admin = False
if is_admin:
    print("ESCAPED")
print(len(access), ascii(access)[:20])

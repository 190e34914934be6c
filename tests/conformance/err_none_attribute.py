# area: err: a lookup helper returns None and the caller calls a method on it (AttributeError on NoneType)
USERS = {"ann": {"email": "ann@example.org"}, "bob": {"email": "BOB@EXAMPLE.ORG"}}

def find_email(name):
    user = USERS.get(name)
    if user:
        return user["email"]

for name in ["ann", "bob", "cyd"]:
    email = find_email(name)
    print(name, "->", email)
    print("  domain:", email.lower().split("@")[1])

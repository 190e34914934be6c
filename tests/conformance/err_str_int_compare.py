# area: err: comparing a string version field with an int raises TypeError with both type names
releases = [{"name": "a", "build": 12}, {"name": "b", "build": 7}, {"name": "c", "build": "9"}]
for r in releases:
    print(r["name"], r["build"])
newer = [r["name"] for r in releases if r["build"] > 8]
print(newer)

# area: realistic agent script: parse git-log-like text into commits with numstat, compute per-author churn and hot files
LOG = """\
commit a1
Author: Ann <ann@x.io>
Date: 2024-05-01

    Add parser

10\t2\tsrc/parser.py
3\t0\tREADME.md

commit b2
Author: Bob <bob@x.io>
Date: 2024-05-02

    Fix parser edge case

4\t4\tsrc/parser.py
1\t1\ttests/test_parser.py

commit c3
Author: Ann <ann@x.io>
Date: 2024-05-03

    Refactor utils, remove dead code

0\t40\tsrc/utils.py
12\t3\tsrc/parser.py
-\t-\tassets/logo.png
"""

commits, cur = [], None
for line in LOG.splitlines():
    if line.startswith("commit "):
        cur = {"sha": line.split()[1], "files": []}
        commits.append(cur)
    elif line.startswith("Author:"):
        cur["author"] = line.split(":", 1)[1].strip().split(" <")[0]
    elif line.startswith("Date:"):
        cur["date"] = line.split()[1]
    elif line.startswith("    "):
        cur["msg"] = line.strip()
    elif "\t" in line:
        add, rem, path = line.split("\t")
        binary = add == "-"
        cur["files"].append((path, 0 if binary else int(add), 0 if binary else int(rem), binary))

authors, files = {}, {}
for c in commits:
    a = authors.setdefault(c["author"], {"commits": 0, "added": 0, "removed": 0})
    a["commits"] += 1
    for path, add, rem, binary in c["files"]:
        a["added"] += add
        a["removed"] += rem
        f = files.setdefault(path, {"touches": 0, "churn": 0, "binary": binary})
        f["touches"] += 1
        f["churn"] += add + rem
for name, a in sorted(authors.items()):
    print(f"{name:<4} commits={a['commits']} +{a['added']} -{a['removed']} net={a['added'] - a['removed']:+d}")
hot = sorted(files.items(), key=lambda kv: (-kv[1]["touches"], -kv[1]["churn"], kv[0]))
for path, f in hot:
    print(f"{path:<22} touches={f['touches']} churn={f['churn']:>3}{' (binary)' if f['binary'] else ''}")
print([c["msg"] for c in commits if "fix" in c["msg"].lower()], [c["sha"] for c in commits if len(c["files"]) > 2])

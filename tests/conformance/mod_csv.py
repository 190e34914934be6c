# mod: csv reader/writer/DictReader/DictWriter (excel dialect quoting) over io.StringIO and lists
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "note", "n"]))
w.writerow(["ann", "likes, commas", 3])
w.writerow(["bob", 'said "hi"', 2.5])
w.writerow(["cy", "two\nlines", None])
w.writerow([""])
w.writerows([[1, 2], [], ["  spaced ", "x"]])
text = buf.getvalue()
print(repr(text))
rows = list(csv.reader(io.StringIO(text)))
print(rows)
print(list(csv.reader(["a,b,c", "1,\"2,3\",4", "", "x,,", '"q""uote",z'])))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
r = csv.reader(['x,"multi', 'line",y', "last"])
print(next(r), r.line_num, next(r), r.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "city", "temp"])
dw.writeheader()
dw.writerows([{"id": 1, "city": "Oslo", "temp": -3.5}, {"id": 2, "city": "Rio, BR"}])
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())):
    print(row)
dr = csv.DictReader(["a,b", "1,2,3", "4"], restkey="extra", restval="?")
print(list(dr), dr.fieldnames)
dr2 = csv.DictReader(["1,2"], fieldnames=["x", "y"])
print(list(dr2))
try:
    dw.writerow({"id": 3, "bogus": 1})
except ValueError as exc:
    print("ValueError", exc)
q = io.StringIO()
csv.writer(q, quoting=csv.QUOTE_ALL).writerow(["a", 1])
csv.writer(q, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.0])
csv.writer(q, delimiter="\t", lineterminator="\n").writerow(["t", "a\tb"])
print(repr(q.getvalue()))
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as exc:
    print("csv.Error", exc)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

# area: err: indexing a split() result that has too few parts raises IndexError
lines = ["GET /a 200", "POST /b 201", "BROKEN"]
for line in lines:
    parts = line.split()
    print("method", parts[0])
    print("status", parts[2])

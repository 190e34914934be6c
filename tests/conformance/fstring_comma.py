# fstring: thousands separators for ints and floats
print(f"{1234567:,}")
print(f"{-9876543210:,}")
print(f"{999:,}")
print(f"{0:,}")
print(f"{1234567.891:,.2f}")
print(f"{2**70:,}")
print(f"{1234567:>15,}")
print(f"{1000000:_}")
total = 48213.5
print(f"Total: ${total:,.2f}")

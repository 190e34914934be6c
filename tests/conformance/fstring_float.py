# fstring: fixed-point float formatting with width, zero padding and sign
pi = 3.14159265358979
print(f"{pi:.2f}")
print(f"{pi:08.3f}")
print(f"{-pi:08.3f}")
print(f"{pi:10.4f}|")
print(f"{pi:<10.1f}|")
print(f"{pi:+.3f} {-pi:+.3f}")
print(f"{2.5:.0f} {0.5:.0f} {1.005:.2f}")
print(f"{100:.2f} {7:08.3f}")
print(f"{1e20:.1f}")
print(f"{0.000123:.5f}")
vals = [1.5, 22.25, 333.125]
for v in vals:
    print(f"|{v:>9.2f}|")

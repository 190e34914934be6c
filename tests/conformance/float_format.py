# float: formatting floats with f-string precision, width and rounding of the last digit
x = 3.14159265
print(f"{x:.2f}|{x:.0f}|{x:10.4f}|{x:<10.1f}|")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1e10:.1f}")
print(f"{-0.0:.1f} {1/3:.10f}")
print(f"{1234567.891:,.2f}")
print(f"{x:08.3f} {-x:08.3f}")
print(f"{100.0:+.1f} {-100.0:+.1f}")
print(f"{1e-7:.3f}")
print(str(2.5), f"{2.5}")
print(f"{float('inf'):.2f} {float('nan'):.2f}")

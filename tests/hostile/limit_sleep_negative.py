# expect: error ValueError
# Negative and NaN sleeps are refused before anything blocks.
import time
time.sleep(-1)

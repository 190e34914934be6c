# expect: killed instructions
# attacks: fuel charged by sorted() (n*log2(n) per call) must accumulate across calls; under the default budget this takes a few seconds, under tight limits (2,000,000) the second sort must already be killed
big = list(range(100000))
while True:
    s = sorted(big)

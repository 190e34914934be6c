# expect: killed time
# A script that sleeps far past its deadline ends at the deadline, not when the sleep would.
import time
time.sleep(10**9)

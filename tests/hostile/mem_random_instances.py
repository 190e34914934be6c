# expect: error MemoryError
# Each random.Random owns a generator outside the heap; a job may make only a bounded number of them.
import random

generators = [random.Random(i) for i in range(5000)]
print(len(generators))

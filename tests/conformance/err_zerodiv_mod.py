# err: uncaught ZeroDivisionError from integer modulo by zero
values = [10, 7, 3]
for d in [3, 2, 0]:
    print([v % d for v in values])

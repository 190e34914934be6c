# fuel: exceptions raised and caught inside a hot loop with finally
caught = 0
cleaned = 0
total = 0
for i in range(20000):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        total += 100 // (i % 5)
    except ZeroDivisionError:
        caught += 1
    except ValueError as e:
        caught += 1000
        total += e.args[0] % 3
    finally:
        cleaned += 1
print(caught, cleaned, total)

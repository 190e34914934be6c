# err: uncaught KeyError raised from a nested function with an int key
def lookup(table, k):
    return table[k]
def run():
    squares = {i: i * i for i in range(3)}
    for k in range(5):
        print(k, lookup(squares, k))
run()

# fuel: mutual recursion between two functions up to 900 deep
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(900), is_odd(900), is_even(777), is_odd(777))
def ping(n, log):
    if n > 0:
        log.append("ping")
        pong(n - 1, log)
def pong(n, log):
    if n > 0:
        log.append("pong")
        ping(n - 1, log)
log = []
ping(801, log)
print(len(log), log[:3], log[-1])

# Spectral norm: power iteration on the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1),
# with nested loops over floats, a helper function per element and zip/sum.
import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def eval_at_times_u(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def main():
    u = [1.0] * N
    v = None
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("spectral_norm", N, "%.9f" % math.sqrt(vbv / vv))


N = 180
main()

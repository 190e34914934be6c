import os


class Config:
    pass


def items():
    yield 1


break
print "done"

# expect: error AttributeError
# Methods are plain functions: there are no __globals__ to reach through an instance.
class A:
    def f(self):
        return 1
A().f.__func__.__globals__

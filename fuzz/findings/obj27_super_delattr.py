class G:
    def __delattr__(self, name):
        super().__delattr__(name)
g = G()
g.a = 1
del g.a
print(hasattr(g, 'a'))
object.__delattr__(g, 'b') if hasattr(g, 'b') else print(hasattr(object, '__delattr__'))

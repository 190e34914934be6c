class S(str):
    def __lt__(self, other):
        return len(str(self)) < len(str(other))
print(max(S('12'), 'B'), 'B' > S('12'))

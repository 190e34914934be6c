class V:
    def __len__(self):
        return -2
try:
    print(bool(V()))
except Exception as e:
    print(type(e).__name__, e)

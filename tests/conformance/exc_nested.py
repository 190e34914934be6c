# exc: nested try blocks and exceptions propagating outward
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    return "ok"
for kind in ["ok", "key", "index", "zero"]:
    try:
        try:
            print(risky(kind))
        except KeyError as e:
            print("inner caught KeyError", e)
        finally:
            print("inner finally", kind)
    except IndexError as e:
        print("outer caught IndexError", e)
    except Exception as e:
        print("outer caught", type(e).__name__, e)

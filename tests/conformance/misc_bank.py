# misc: processing bank transactions with closures, validation and a ledger
def make_bank():
    accounts = {}
    ledger = []
    def apply(tx):
        kind, acct, amount = tx
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        if kind == "open":
            if acct in accounts:
                raise KeyError(acct)
            accounts[acct] = amount
        elif kind == "deposit":
            accounts[acct] += amount
        elif kind == "withdraw":
            if accounts[acct] < amount:
                raise ArithmeticError(f"overdraft on {acct}")
            accounts[acct] -= amount
        else:
            raise TypeError("unknown kind " + kind)
        ledger.append(tx)
    return accounts, ledger, apply
accounts, ledger, apply = make_bank()
txs = [("open", "A", 100), ("open", "B", 50), ("deposit", "A", 25), ("withdraw", "B", 80),
       ("withdraw", "C", 5), ("open", "A", 1), ("deposit", "B", -3), ("refund", "A", 5), ("withdraw", "A", 125)]
for tx in txs:
    try:
        apply(tx)
        print("ok     ", tx)
    except KeyError as e:
        print("nokey  ", tx, e)
    except (ValueError, TypeError, ArithmeticError) as e:
        print("error  ", tx, type(e).__name__, e)
print(accounts, len(ledger))

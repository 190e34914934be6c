# area: err: raise ... from None hides the KeyError context; the reported error is the new LookupError
CATALOG = {"sku-1": 9.99, "sku-2": 4.5}

def price(sku):
    try:
        return CATALOG[sku]
    except KeyError:
        raise LookupError(f"unknown product {sku}") from None

for sku in ["sku-1", "sku-2"]:
    print(sku, price(sku))
print(price("sku-9"))

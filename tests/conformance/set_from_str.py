# set: building sets from strings and comparing letter inventories
def letters(w):
    return set(w.lower())
print(sorted(letters("Hello")))
print(len(letters("Mississippi")))
a = letters("listen")
b = letters("silent")
print(a == b)
common = letters("python") & letters("typhoon")
print(sorted(common))
print(sorted(letters("abc") - letters("bcd")))
vowels = set("aeiou")
print(sorted(vowels & set("programming")))

# expect: killed memory
# attacks: in-place l *= 2 growth
l = [1, 2]
while True:
    l *= 2

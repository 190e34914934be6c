# expect: killed memory
# attacks: f-string doubling
s = 'ab'
while True:
    s = f'{s}{s}'

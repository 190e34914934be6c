# err: uncaught TypeError adding int and str
count = 3
print("count:", count)
label = count + " items"
print(label)

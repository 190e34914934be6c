# err: uncaught Exception with several args shows the args tuple
print("step 1")
raise Exception("failed", 42)

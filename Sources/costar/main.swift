print("costar")

print("budget-compare")

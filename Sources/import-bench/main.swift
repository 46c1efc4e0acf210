print("import-bench")

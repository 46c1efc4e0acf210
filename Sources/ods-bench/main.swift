print("ods-bench")

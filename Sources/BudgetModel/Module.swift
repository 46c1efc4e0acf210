// Module BudgetModel: implementation in progress.

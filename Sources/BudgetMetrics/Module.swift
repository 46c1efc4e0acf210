// Module BudgetMetrics: implementation in progress.

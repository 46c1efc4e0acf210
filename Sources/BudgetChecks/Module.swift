// Module BudgetChecks: implementation in progress.

// Module Reports: implementation in progress.

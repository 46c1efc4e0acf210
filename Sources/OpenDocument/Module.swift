// Module OpenDocument: implementation in progress.

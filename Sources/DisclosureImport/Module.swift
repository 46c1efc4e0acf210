// Module DisclosureImport: implementation in progress.

// The libxml2 API BudgetCompare uses: the streaming text writer and errors.
//
// Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the
// system's <unicode/ucnv.h>. Swift's Foundation bundles its own ICU with a
// different `UErrorCode`, and a module that imports both fails to build
// ("'UErrorCode' has different definitions in different modules"). We never
// touch libxml2's encoding handlers (the writer is created with a NULL encoder
// and writes UTF-8), so hide the ICU part of the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

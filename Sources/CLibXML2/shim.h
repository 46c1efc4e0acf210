#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

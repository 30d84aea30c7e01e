#ifndef COSTAR_CMALLOC_SHIM_H
#define COSTAR_CMALLOC_SHIM_H
/* glibc's allocator settings (mallopt), which the Glibc module does not bring. */
#include <malloc.h>
#endif

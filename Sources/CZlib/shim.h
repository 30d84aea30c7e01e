#ifndef COSTAR_CZLIB_SHIM_H
#define COSTAR_CZLIB_SHIM_H
#include <zlib.h>
#endif

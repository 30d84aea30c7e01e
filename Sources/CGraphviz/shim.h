#ifndef COSTAR_CGRAPHVIZ_SHIM_H
#define COSTAR_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The undirected graph descriptor (Swift 6 rejects the mutable global `Agundirected`).
static inline Agdesc_t costar_undirected(void) { return Agundirected; }
#endif

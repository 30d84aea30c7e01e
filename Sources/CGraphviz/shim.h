#ifndef COSTAR_CGRAPHVIZ_SHIM_H
#define COSTAR_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The undirected graph descriptor (Swift 6 rejects the mutable global `Agundirected`).
static inline Agdesc_t costar_undirected(void) { return Agundirected; }

// The cgraph API takes `char *` for names and values that it only reads (it copies them); these shims take
// `const char *` so Swift strings convert directly.

/// Opens a new undirected, non-strict root graph with the default disciplines.
static inline Agraph_t *costar_agopen_undirected(const char *name) {
    return agopen((char *)name, Agundirected, NULL);
}

/// Object kind of graphs, for `costar_agattr`.
static inline int costar_kind_graph(void) { return AGRAPH; }
/// Object kind of nodes, for `costar_agattr`.
static inline int costar_kind_node(void) { return AGNODE; }
/// Object kind of edges, for `costar_agattr`.
static inline int costar_kind_edge(void) { return AGEDGE; }

/// Declares an attribute of the given kind with a default value (for the root graph kind, sets its value).
static inline Agsym_t *costar_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

/// Finds or creates the node with the given name.
static inline Agnode_t *costar_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// Creates an anonymous edge between two nodes.
static inline Agedge_t *costar_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}

/// Sets a declared attribute on one object.
static inline int costar_agxset(void *object, Agsym_t *symbol, const char *value) {
    return agxset(object, symbol, (char *)value);
}

/// Declares an attribute whose default is an HTML-like label (`value` without the outer angle brackets).
static inline Agsym_t *costar_agattr_html(Agraph_t *g, int kind, const char *name, const char *value) {
    char *html = agstrdup_html(g, (char *)value);
    Agsym_t *symbol = agattr(g, kind, (char *)name, html);
    agstrfree(g, html);
    return symbol;
}

/// Sets a declared attribute of one object to an HTML-like label (`value` without the outer angle brackets).
static inline int costar_agxset_html(Agraph_t *g, void *object, Agsym_t *symbol, const char *value) {
    char *html = agstrdup_html(g, (char *)value);
    int result = agxset(object, symbol, html);
    agstrfree(g, html);
    return result;
}

/// Writes the graph in DOT to a new malloc'd buffer (free it with `costar_free`); NULL on failure.
static inline char *costar_agwrite_to_memory(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (stream == NULL) return NULL;
    int failed = agwrite(g, stream);
    if (fclose(stream) != 0 || failed != 0) {
        free(buffer);
        return NULL;
    }
    *length = size;
    return buffer;
}

/// Frees a buffer from `costar_agwrite_to_memory`.
static inline void costar_free(void *pointer) { free(pointer); }

/// Prints only Graphviz errors, not warnings, to stderr.
static inline void costar_quiet_warnings(void) { agseterr(AGERR); }
#endif

/*
 * Exact reference planner for bench/planning: Dijkstra (and A* with the same octile heuristic as
 * Guidepost) on an 8-connected cost grid, with the DESIGN.md edge rule evaluated exactly as
 * written: orthogonal w = cell_m * (ca + cb) / 2, diagonal w = sqrt(2) * cell_m * (ca + cb) / 2,
 * a step only between finite cells, a diagonal only when both side cells are finite.
 * Binary heap with lazy deletion; no decrease-key. Compiled by run.py with gcc -O2; never part of
 * the product.
 *
 * usage: reference dijkstra|astar cost.npy START_ROW START_COL GOAL_ROW GOAL_COL CELL_M
 * prints: {"cost": <%.17g or null>, "expanded": N, "seconds": S}   (seconds: solve only)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { double f; float h; uint32_t v; } entry;

static entry *heap; static size_t hn, hcap;

static inline int less(const entry *a, const entry *b) { return a->f < b->f || (a->f == b->f && a->h < b->h); }

static void push(entry e) {
    if (hn == hcap) { hcap = hcap ? hcap * 2 : 1 << 16; heap = realloc(heap, hcap * sizeof(entry)); if (!heap) { perror("realloc"); exit(1); } }
    size_t i = hn++;
    while (i > 0) { size_t p = (i - 1) / 2; if (!less(&e, &heap[p])) break; heap[i] = heap[p]; i = p; }
    heap[i] = e;
}

static entry pop(void) {
    entry top = heap[0], last = heap[--hn];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= hn) break;
        if (c + 1 < hn && less(&heap[c + 1], &heap[c])) c++;
        if (!less(&heap[c], &last)) break;
        heap[i] = heap[c]; i = c;
    }
    if (hn) heap[i] = last;
    return top;
}

/* Reads a 2-d '<f4' or '<f8' C-order .npy (v1/v2/v3) into a padded grid with an inf ring. */
static double *read_npy(const char *path, long *rows, long *cols) {
    FILE *f = fopen(path, "rb"); if (!f) { perror(path); exit(1); }
    unsigned char pre[12]; if (fread(pre, 1, 10, f) != 10 || memcmp(pre, "\x93NUMPY", 6)) { fprintf(stderr, "not npy\n"); exit(1); }
    size_t hlen;
    if (pre[6] == 1) hlen = pre[8] | pre[9] << 8;
    else { if (fread(pre + 10, 1, 2, f) != 2) exit(1); hlen = pre[8] | pre[9] << 8 | (size_t)pre[10] << 16 | (size_t)pre[11] << 24; }
    char *h = malloc(hlen + 1); if (fread(h, 1, hlen, f) != hlen) exit(1); h[hlen] = 0;
    int item = strstr(h, "'<f4'") ? 4 : strstr(h, "'<f8'") ? 8 : 0;
    if (!item || strstr(h, "True")) { fprintf(stderr, "need <f4/<f8 C order\n"); exit(1); }
    char *s = strstr(h, "'shape': ("); if (!s || sscanf(s + 10, "%ld, %ld", rows, cols) != 2) { fprintf(stderr, "bad shape\n"); exit(1); }
    long W = *cols + 2, n = (*rows + 2) * W;
    double *g = malloc(n * sizeof(double));
    for (long i = 0; i < n; i++) g[i] = INFINITY;
    void *row = malloc(*cols * item);
    for (long r = 0; r < *rows; r++) {
        if (fread(row, item, *cols, f) != (size_t)*cols) { fprintf(stderr, "short data\n"); exit(1); }
        for (long c = 0; c < *cols; c++) g[(r + 1) * W + c + 1] = item == 4 ? (double)((float *)row)[c] : ((double *)row)[c];
    }
    free(row); free(h); fclose(f);
    return g;
}

int main(int argc, char **argv) {
    if (argc != 8) { fprintf(stderr, "usage: %s dijkstra|astar cost.npy sr sc gr gc cell_m\n", argv[0]); return 1; }
    int astar = strcmp(argv[1], "astar") == 0;
    long rows, cols;
    double *cost = read_npy(argv[2], &rows, &cols);
    long sr = atol(argv[3]) + 1, sc = atol(argv[4]) + 1, tr = atol(argv[5]) + 1, tc = atol(argv[6]) + 1;
    double cell_m = atof(argv[7]);
    long W = cols + 2, n = (rows + 2) * W, s = sr * W + sc, t = tr * W + tc;
    if (n <= 0 || n > (1L << 40)) { fprintf(stderr, "bad shape\n"); return 1; }

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double cmin = INFINITY;
    if (astar) for (long i = 0; i < n; i++) if (cost[i] < cmin) cmin = cost[i];
    if (!astar || cmin == INFINITY) cmin = 0;
    const double alpha = 1 - 1e-9, ho = alpha * cmin * cell_m, hd = ho * sqrt(2.0);
    double *g = malloc(n * sizeof(double));
    unsigned char *closed = calloc((size_t)n, 1);
    for (long i = 0; i < n; i++) g[i] = INFINITY;
    const long off[8] = {-W, W, -1, 1, -W - 1, -W + 1, W - 1, W + 1};
    const long dR[8] = {-1, 1, 0, 0, -1, -1, 1, 1}, dC[8] = {0, 0, -1, 1, -1, 1, -1, 1};
    long expanded = 0;
    double result = INFINITY;
    if (cost[s] < INFINITY && cost[t] < INFINITY) {
        g[s] = 0;
        push((entry){0, 0, (uint32_t)s});
        while (hn) {
            entry e = pop();
            long u = e.v;
            if (closed[u]) continue;
            closed[u] = 1; expanded++;
            if (u == t) { result = g[t]; break; }
            long ur = u / W, uc = u % W;
            double gu = g[u], cu = cost[u];
            for (int k = 0; k < 8; k++) {
                long v = u + off[k];
                double cv = cost[v];
                if (!(cv < INFINITY) || closed[v]) continue;
                double w;
                if (k < 4) w = cell_m * (cu + cv) / 2;
                else {
                    if (!(cost[u + dR[k] * W] < INFINITY) || !(cost[u + dC[k]] < INFINITY)) continue;
                    w = sqrt(2.0) * cell_m * (cu + cv) / 2;
                }
                double ng = gu + w;
                if (ng < g[v]) {
                    g[v] = ng;
                    long a = labs(ur + dR[k] - tr), b = labs(uc + dC[k] - tc), lo = a < b ? a : b, hi = a < b ? b : a;
                    double h = hd * lo + ho * (hi - lo);
                    push((entry){ng + h, (float)h, (uint32_t)v});
                }
            }
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
    if (result < INFINITY) printf("{\"cost\": %.17g, \"expanded\": %ld, \"seconds\": %.6f}\n", result, expanded, secs);
    else printf("{\"cost\": null, \"expanded\": %ld, \"seconds\": %.6f}\n", expanded, secs);
    return 0;
}
